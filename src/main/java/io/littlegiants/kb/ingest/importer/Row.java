package io.littlegiants.kb.ingest.importer;

import java.util.List;
import java.util.Map;

/**
 * One data row of an input file, by canonical column name (the format's names, whatever
 * the file's header said). Blank cells are absent.
 *
 * @param number 1 for the first data row
 * @param values canonical column name to trimmed cell text
 * @param raw the cells as read, for the rejects file
 */
public record Row(long number, Map<String, String> values, List<String> raw) {

	public String get(String column) {
		return this.values.get(column);
	}

	public boolean has(String column) {
		return this.values.containsKey(column);
	}

}
