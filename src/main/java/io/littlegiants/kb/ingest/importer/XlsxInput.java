package io.littlegiants.kb.ingest.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Streams the rows of one sheet of an Excel workbook ({@code .xlsx}), as official lists
 * are published: the first sheet, or the one named. The header is found as in a CSV file
 * ({@link Header}), so a merged title row above it is skipped. Cells are read as the text
 * a reader sees: numbers without a spurious ".0", dates as ISO dates. The sheet is parsed
 * as a stream (fastexcel-reader), so memory stays flat whatever its length.
 */
final class XlsxInput implements TableInput {

	private final Path file;

	private final String sheet;

	private final Header header;

	XlsxInput(Path file, String sheet, Header header) {
		this.file = file;
		this.sheet = sheet;
		this.header = header;
	}

	@Override
	public String name() {
		return this.file.getFileName().toString();
	}

	@Override
	public List<String> read(Consumer<List<String>> onHeader, Consumer<Row> rows, Consumer<RowError> errors) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(this.file.toFile(), new ReadingOptions(true, false));
				Stream<org.dhatim.fastexcel.reader.Row> sheetRows = sheet(workbook).openStream()) {
			Iterator<org.dhatim.fastexcel.reader.Row> iterator = sheetRows.iterator();
			Header.Search search = this.header.search(onHeader);
			long number = 0;
			while (iterator.hasNext()) {
				List<String> cells = cells(iterator.next());
				if (cells.isEmpty() || !search.isData(cells)) {
					continue;
				}
				number++;
				int width = search.names().size();
				if (cells.size() > width) {
					errors.accept(new RowError(name(), number, null,
							"%d cells where the header has %d".formatted(cells.size(), width)));
					continue;
				}
				rows.accept(search.row(number, pad(cells, width)));
			}
			return search.finish();
		}
		catch (IOException ex) {
			throw new ImportException(name() + ": not a readable .xlsx workbook (" + ex.getMessage() + ")");
		}
		catch (UncheckedIOException ex) {
			throw new ImportException(name() + ": not a readable .xlsx workbook (" + ex.getCause().getMessage() + ")");
		}
		catch (ExcelReaderException ex) {
			throw new ImportException(name() + ": not a readable .xlsx workbook (" + ex.getMessage() + ")");
		}
	}

	private Sheet sheet(ReadableWorkbook workbook) {
		if (this.sheet == null) {
			return workbook.getFirstSheet();
		}
		return workbook.findSheet(this.sheet)
			.orElseThrow(() -> new ImportException("%s: no sheet '%s'; the workbook has %s".formatted(name(),
					this.sheet, workbook.getSheets().map(Sheet::getName).toList())));
	}

	/** The row's cells as text, by column (a missing cell is blank). */
	private static List<String> cells(org.dhatim.fastexcel.reader.Row row) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			cells.add((cell != null) ? text(cell) : "");
		}
		while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
			cells.remove(cells.size() - 1);
		}
		return cells;
	}

	private static String text(Cell cell) {
		return switch (cell.getType()) {
			case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
			case EMPTY -> "";
			default -> (cell.getText() != null) ? cell.getText() : "";
		};
	}

	/** A serial number formatted as a date (the format has a day, month or year part). */
	private static boolean isDate(Cell cell) {
		String format = cell.getDataFormatString();
		return format != null && format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").matches("(?i).*[dmy].*");
	}

	/** 1 rather than 1.0; 91330100... rather than 9.13E+17. */
	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	private static List<String> pad(List<String> cells, int size) {
		List<String> padded = new ArrayList<>(cells);
		while (padded.size() < size) {
			padded.add("");
		}
		return padded;
	}

}
