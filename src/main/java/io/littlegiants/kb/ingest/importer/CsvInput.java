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
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Streams the rows of a CSV file: detects UTF-8 or GB18030, drops a byte-order mark,
 * finds the header ({@link Header}), and reports malformed input by file, row and column.
 * Nothing is held in memory but the current row.
 */
final class CsvInput implements TableInput {

	static final Charset GB18030 = Charset.forName("GB18030");

	private final Path file;

	private final Charset charset;

	private final Header header;

	CsvInput(Path file, Charset encoding, Header header) {
		this.file = file;
		this.charset = (encoding != null) ? encoding : detect(file);
		this.header = header;
	}

	@Override
	public String name() {
		return this.file.getFileName().toString();
	}

	@Override
	public List<String> read(Consumer<List<String>> onHeader, Consumer<Row> rows, Consumer<RowError> errors) {
		try (InputStream in = Files.newInputStream(this.file);
				Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(), this.charset);
				CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
			Iterator<CSVRecord> records = parser.iterator();
			Header.Search search = this.header.search(onHeader);
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
					return (search.names() != null) ? search.names() : List.of();
				}
				List<String> cells = record.toList();
				if (!search.isData(cells)) {
					continue;
				}
				number++;
				if (cells.size() != search.names().size()) {
					errors.accept(new RowError(name(), number, null,
							"%d fields where the header has %d".formatted(cells.size(), search.names().size())));
					continue;
				}
				rows.accept(search.row(number, cells));
			}
			return search.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.file, ex);
		}
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
