package io.littlegiants.kb.ingest.importer;

/**
 * Why a row cannot be imported: file, row number (1 = first data row; the header is row
 * 0), column and reason.
 */
public record RowError(String file, long row, String column, String reason) {

	@Override
	public String toString() {
		return "%s, row %d, column %s: %s".formatted(this.file, this.row, this.column == null ? "-" : this.column,
				this.reason);
	}

}
