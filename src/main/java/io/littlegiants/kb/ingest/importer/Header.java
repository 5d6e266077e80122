package io.littlegiants.kb.ingest.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds a file's header and maps its names (Chinese or English, any case) to a format's
 * canonical columns. The header is the first row, among the first
 * {@value #SEARCHED_ROWS}, that names every required column: official notices put a
 * title, a date or a note above it (an MIIT spreadsheet's merged title row), and those
 * rows are skipped.
 */
final class Header {

	static final int SEARCHED_ROWS = 10;

	private final String file;

	private final Map<String, List<String>> columns;

	private final List<String> required;

	Header(String file, Map<String, List<String>> columns, List<String> required) {
		this.file = file;
		this.columns = columns;
		this.required = required;
	}

	/**
	 * The canonical column of each cell, if this row is the header; null if it is not.
	 */
	Map<Integer, String> match(List<String> cells) {
		Map<Integer, String> canonical = mapping(cells);
		return canonical.values().containsAll(this.required) ? canonical : null;
	}

	/** The error when no row of the first {@value #SEARCHED_ROWS} is a header. */
	ImportException notFound(List<String> firstRow) {
		List<String> cells = (firstRow != null) ? firstRow : List.of();
		Map<Integer, String> canonical = mapping(cells);
		String missing = this.required.stream()
			.filter(column -> !canonical.containsValue(column))
			.findFirst()
			.orElseThrow();
		return new ImportException("%s: no column for '%s' in the header %s; accepted names: %s".formatted(this.file,
				missing, cells, this.columns.get(missing)));
	}

	private Map<Integer, String> mapping(List<String> cells) {
		Map<Integer, String> canonical = new LinkedHashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			String name = (cells.get(i) == null) ? "" : cells.get(i).strip().toLowerCase(Locale.ROOT);
			for (var entry : this.columns.entrySet()) {
				if (entry.getValue().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).equals(name))) {
					canonical.putIfAbsent(i, entry.getKey());
				}
			}
		}
		return canonical;
	}

	/** A new search for the header of one read of a file. */
	Search search(Consumer<List<String>> onHeader) {
		return new Search(onHeader);
	}

	/**
	 * The header search over a file's rows, in order: title rows are skipped, the header
	 * is told to {@code onHeader}, and every row after it is data.
	 */
	final class Search {

		private final Consumer<List<String>> onHeader;

		private List<String> names;

		private Map<Integer, String> canonical;

		private List<String> firstRow;

		private int searched;

		private Search(Consumer<List<String>> onHeader) {
			this.onHeader = onHeader;
		}

		/**
		 * @param cells the next non-blank row
		 * @return true for a data row, false for the header and the rows above it
		 */
		boolean isData(List<String> cells) {
			if (this.canonical != null) {
				return true;
			}
			this.firstRow = (this.firstRow != null) ? this.firstRow : cells;
			this.canonical = match(cells);
			if (this.canonical != null) {
				this.names = cells;
				this.onHeader.accept(cells);
			}
			else if (++this.searched >= SEARCHED_ROWS) {
				throw notFound(this.firstRow);
			}
			return false;
		}

		/** The header as written in the file (after {@link #isData} found it). */
		List<String> names() {
			return this.names;
		}

		/** A data row of the file. */
		Row row(long number, List<String> cells) {
			return Header.row(number, cells, this.canonical);
		}

		/** At the end of the file: the header, or the error that there was none. */
		List<String> finish() {
			if (this.canonical == null) {
				throw notFound(this.firstRow);
			}
			return this.names;
		}

	}

	/**
	 * A data row: the cells under a mapped header column, trimmed; blank cells absent.
	 */
	static Row row(long number, List<String> cells, Map<Integer, String> canonical) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			String column = canonical.get(i);
			if (column != null && cell != null && !cell.isBlank()) {
				values.put(column, cell.strip());
			}
		}
		return new Row(number, values, cells);
	}

}
