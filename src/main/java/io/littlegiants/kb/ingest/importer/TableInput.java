package io.littlegiants.kb.ingest.importer;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rows of an input file, CSV or Excel, streamed one at a time under a format's
 * canonical column names. Both kinds find their header the same way ({@link Header}).
 */
interface TableInput {

	/** The file's name, as errors and reports give it. */
	String name();

	/**
	 * Reads every data row in order.
	 * @param onHeader receives the header as written in the file, before any row
	 * @param rows receives each data row
	 * @param errors receives malformed rows; a problem that stops parsing ends the read
	 * @return the header as written in the file
	 */
	List<String> read(Consumer<List<String>> onHeader, Consumer<Row> rows, Consumer<RowError> errors);

	/** As {@link #read(Consumer, Consumer, Consumer)}, without the header. */
	default List<String> read(Consumer<Row> rows, Consumer<RowError> errors) {
		return read(header -> {
		}, rows, errors);
	}

	/**
	 * The input for a file: an Excel workbook ({@code .xlsx}: the first sheet, or
	 * {@code sheet}) or a CSV file (in {@code encoding}, or UTF-8 or GB18030 detected).
	 */
	static TableInput open(Path file, Charset encoding, String sheet, Map<String, List<String>> columns,
			List<String> required) {
		Header header = new Header(file.getFileName().toString(), columns, required);
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			return new XlsxInput(file, sheet, header);
		}
		if (sheet != null) {
			throw new ImportException(file.getFileName() + ": --sheet is for .xlsx workbooks, not CSV files");
		}
		return new CsvInput(file, encoding, header);
	}

}
