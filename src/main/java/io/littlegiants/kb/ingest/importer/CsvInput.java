package io.littlegiants.kb.ingest.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Streams the rows of a CSV file: detects UTF-8 or GB18030, drops a byte-order mark, maps
 * the header's names (Chinese or English, any case) to a format's canonical columns, and
 * reports malformed input by file, row and column. Nothing is held in memory but the
 * current row.
 */
final class CsvInput {

	static final Charset GB18030 = Charset.forName("GB18030");

	private final Path file;

	private final Charset charset;

	private final Map<String, List<String>> columns;

	private final List<String> required;

	CsvInput(Path file, Charset encoding, Map<String, List<String>> columns, List<String> required) {
		this.file = file;
		this.charset = encoding != null ? encoding : detect(file);
		this.columns = columns;
		this.required = required;
	}

	String name() {
		return this.file.getFileName().toString();
	}

	/**
	 * Reads every row in order.
	 * @param rows receives each row whose cell count matches the header
	 * @param errors receives malformed rows; a problem that stops parsing ends the read
	 * @return the header as written in the file
	 */
	List<String> read(Consumer<Row> rows, Consumer<RowError> errors) {
		return read(header -> {
		}, rows, errors);
	}

	/** As {@link #read(Consumer, Consumer)}, telling the header first. */
	List<String> read(Consumer<List<String>> onHeader, Consumer<Row> rows, Consumer<RowError> errors) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (InputStream in = Files.newInputStream(this.file);
				Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), this.charset);
				CSVParser parser = CSVParser.parse(reader, format)) {
			List<String> header = parser.getHeaderNames();
			Map<Integer, String> canonical = mapHeader(header);
			onHeader.accept(header);
			Iterator<CSVRecord> records = parser.iterator();
			long number = 0;
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					errors.accept(new RowError(name(), number + 1, null,
							"malformed CSV near line " + parser.getCurrentLineNumber() + ": " + rootMessage(ex)));
					return header;
				}
				number++;
				if (record.size() != header.size()) {
					errors.accept(new RowError(name(), number, null,
							"%d fields where the header has %d".formatted(record.size(), header.size())));
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				List<String> raw = new ArrayList<>(record.size());
				for (int i = 0; i < record.size(); i++) {
					String cell = record.get(i);
					raw.add(cell);
					String column = canonical.get(i);
					if (column != null && !cell.isBlank()) {
						values.put(column, cell.strip());
					}
				}
				rows.accept(new Row(number, values, raw));
			}
			return header;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.file, ex);
		}
		catch (IllegalArgumentException ex) {
			throw new ImportException(name() + ": " + ex.getMessage());
		}
	}

	private Map<Integer, String> mapHeader(List<String> header) {
		Map<Integer, String> canonical = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip().toLowerCase(Locale.ROOT);
			for (var entry : this.columns.entrySet()) {
				if (entry.getValue().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).equals(name))) {
					canonical.putIfAbsent(i, entry.getKey());
				}
			}
		}
		for (String column : this.required) {
			if (!canonical.containsValue(column)) {
				throw new ImportException("%s: no column for '%s' in the header %s; accepted names: %s"
					.formatted(name(), column, header, this.columns.get(column)));
			}
		}
		return canonical;
	}

	/**
	 * UTF-8 when the whole file decodes strictly as UTF-8, else GB18030 when it decodes
	 * as that.
	 */
	static Charset detect(Path file) {
		if (decodes(file, StandardCharsets.UTF_8)) {
			return StandardCharsets.UTF_8;
		}
		if (decodes(file, GB18030)) {
			return GB18030;
		}
		throw new ImportException(file.getFileName() + ": neither UTF-8 nor GB18030; pass --encoding");
	}

	private static boolean decodes(Path file, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (InputStream in = Files.newInputStream(file)) {
			byte[] chunk = new byte[1 << 16];
			ByteBuffer pending = ByteBuffer.allocate(0);
			CharBuffer out = CharBuffer.allocate(1 << 17);
			int read;
			while ((read = in.read(chunk)) > 0) {
				ByteBuffer buffer = ByteBuffer.allocate(pending.remaining() + read);
				buffer.put(pending).put(chunk, 0, read).flip();
				out.clear();
				var result = decoder.decode(buffer, out, false);
				if (result.isError()) {
					return false;
				}
				pending = buffer.slice();
			}
			out.clear();
			var result = decoder.decode(pending, out, true);
			return !result.isError() && !pending.hasRemaining() && !decoder.flush(out).isError();
		}
		catch (CharacterCodingException ex) {
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

}
