package io.littlegiants.kb.ingest.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The input files of Neo4j's offline importer, written as rows come: one file per kind of
 * node or relationship, each with its typed header ({@code id:ID(Organization)},
 * {@code sourceIds:string[]}, {@code :START_ID(...)}, ...), created on its first row.
 */
final class BulkFiles implements AutoCloseable {

	private final Path folder;

	private final Map<String, CSVPrinter> printers = new LinkedHashMap<>();

	private final Map<String, Boolean> relationships = new LinkedHashMap<>();

	private long rows;

	private boolean multiline;

	BulkFiles(Path folder) {
		this.folder = folder;
	}

	/** Writes a node row to {@code name} (created with {@code header} if new). */
	void node(String name, List<String> header, Object... cells) {
		write(name, false, header, cells);
	}

	/** Writes a relationship row to {@code name} (created with {@code header} if new). */
	void relationship(String name, List<String> header, Object... cells) {
		write(name, true, header, cells);
	}

	private void write(String name, boolean relationship, List<String> header, Object... cells) {
		try {
			CSVPrinter printer = this.printers.get(name);
			if (printer == null) {
				printer = new CSVPrinter(
						Files.newBufferedWriter(this.folder.resolve(name + ".csv"), StandardCharsets.UTF_8),
						CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
				printer.printRecord(header);
				this.printers.put(name, printer);
				this.relationships.put(name, relationship);
			}
			printer.printRecord(cells);
			this.rows++;
			for (Object cell : cells) {
				this.multiline |= (cell instanceof String text) && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + name, ex);
		}
	}

	/**
	 * The importer's arguments naming every file: {@code --nodes=...} then relationships.
	 */
	List<String> arguments() {
		List<String> arguments = new ArrayList<>();
		this.relationships.forEach((name, relationship) -> {
			if (!relationship) {
				arguments.add("--nodes=" + this.folder.resolve(name + ".csv"));
			}
		});
		this.relationships.forEach((name, relationship) -> {
			if (relationship) {
				arguments.add("--relationships=" + this.folder.resolve(name + ".csv"));
			}
		});
		return arguments;
	}

	long rows() {
		return this.rows;
	}

	/**
	 * Whether a cell holds a line break: the importer then parses each file on one thread
	 * (multi-line fields), otherwise in parallel.
	 */
	boolean multiline() {
		return this.multiline;
	}

	@Override
	public void close() {
		for (CSVPrinter printer : this.printers.values()) {
			try {
				printer.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot close an importer file", ex);
			}
		}
	}

}
