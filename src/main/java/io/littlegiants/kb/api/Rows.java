package io.littlegiants.kb.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the rows of a GraphQL answer into flat records for a spreadsheet: nested objects
 * become dotted columns ({@code firm.name}), lists of values are joined with
 * {@code "; "}, lists of objects too, each object written as its values joined by
 * {@code " | "} (so a row's sources read "title | publisher; title | publisher").
 */
final class Rows {

	private Rows() {
	}

	/** The list at a dotted path of the data ({@code supplyChainGaps.items}). */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> at(Map<String, Object> data, String path) {
		Object value = data;
		for (String key : path.split("\\.")) {
			value = (value instanceof Map<?, ?> map) ? map.get(key) : null;
		}
		return (value instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

	/** One flat record, columns in the order of the answer's fields. */
	static Map<String, String> flatten(Map<String, Object> row) {
		Map<String, String> flat = new LinkedHashMap<>();
		flatten("", row, flat);
		return flat;
	}

	private static void flatten(String prefix, Map<?, ?> object, Map<String, String> flat) {
		for (Map.Entry<?, ?> entry : object.entrySet()) {
			String column = prefix + entry.getKey();
			Object value = entry.getValue();
			if (value instanceof Map<?, ?> nested) {
				flatten(column + ".", nested, flat);
			}
			else if (value instanceof List<?> list) {
				flat.put(column, list.stream().map(Rows::text).collect(Collectors.joining("; ")));
			}
			else {
				flat.put(column, (value == null) ? "" : text(value));
			}
		}
	}

	/** A value as text; an object as its values, flattened, joined by " | ". */
	private static String text(Object value) {
		if (value instanceof Map<?, ?> object) {
			Map<String, String> flat = new LinkedHashMap<>();
			flatten("", object, flat);
			return flat.values().stream().filter(v -> !v.isEmpty()).collect(Collectors.joining(" | "));
		}
		if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
			return Long.toString(number.longValue());
		}
		return String.valueOf(value);
	}

}
