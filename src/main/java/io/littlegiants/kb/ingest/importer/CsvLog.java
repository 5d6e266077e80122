package io.littlegiants.kb.ingest.importer;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file written beside the input as rows stream by (rejects, resolution decisions):
 * opened on the first row, so no empty files are left behind.
 */
final class CsvLog implements Closeable {

	private final Path path;

	private List<String> header;

	private CSVPrinter printer;

	CsvLog(Path path) {
		this.path = path;
	}

	void header(List<String> header) {
		this.header = header;
	}

	void write(List<?> cells) {
		try {
			if (this.printer == null) {
				this.printer = new CSVPrinter(Files.newBufferedWriter(this.path, StandardCharsets.UTF_8),
						CSVFormat.RFC4180.builder().setHeader(this.header.toArray(String[]::new)).get());
			}
			this.printer.printRecord(cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.path, ex);
		}
	}

	@Override
	public void close() {
		try {
			if (this.printer != null) {
				this.printer.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.path, ex);
		}
	}

}
