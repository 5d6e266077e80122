package io.littlegiants.kb.catalog;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.Sourced;

/**
 * A code of the HS 2022 nomenclature: a chapter (2 digits), heading (4) or subheading
 * (6).
 */
public record HsCode(String code, int level, String description, String section, String sectionName, String parentCode,
		List<String> sourceIds) implements Sourced {

	private static final Pattern WELL_FORMED = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");

	/**
	 * Checks the shape of a code given by a caller: 2, 4 or 6 digits. Dots and spaces, as
	 * in {@code 8483.40}, are removed first.
	 * @return the code as digits only
	 * @throws IllegalArgumentException if it is not 2, 4 or 6 digits
	 */
	public static String normalise(String code) {
		String digits = code == null ? "" : code.replace(".", "").replace(" ", "");
		if (!WELL_FORMED.matcher(digits).matches()) {
			throw new IllegalArgumentException(
					"'%s' is not an HS code: give a chapter (2 digits), heading (4) or subheading (6), e.g. 8483 or 848340"
						.formatted(code));
		}
		return digits;
	}

	public static HsCode from(Map<String, Object> map) {
		String code = Graph.str(map, "code");
		// The tree is strictly by digits: a subheading's parent is its first four, a
		// heading's its first two, and a chapter has none.
		String parent = code != null && code.length() > 2 ? code.substring(0, code.length() - 2) : null;
		return new HsCode(code, Graph.integer(map, "level"), Graph.str(map, "description"), Graph.str(map, "section"),
				Graph.str(map, "sectionName"), parent, Graph.strings(map, "sourceIds"));
	}

}
