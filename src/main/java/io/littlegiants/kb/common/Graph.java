package io.littlegiants.kb.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Null-safe readers for property maps returned by Cypher ({@code n{.*}}), shared by every
 * area's read models.
 */
public final class Graph {

	private Graph() {
	}

	public static String str(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value == null ? null : value.toString();
	}

	public static Integer integer(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value instanceof Number n ? n.intValue() : null;
	}

	public static Double decimal(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value instanceof Number n ? n.doubleValue() : null;
	}

	public static LocalDate date(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value instanceof LocalDate d ? d : null;
	}

	public static Boolean bool(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value instanceof Boolean b ? b : null;
	}

	@SuppressWarnings("unchecked")
	public static List<String> strings(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value instanceof List<?> list ? (List<String>) list : List.of();
	}

	/**
	 * A list of maps returned by Cypher (e.g. {@code collect(x{.*})}); empty for null.
	 */
	public static List<Map<String, Object>> maps(Object value) {
		return value instanceof List<?> list ? list.stream().map(Graph::map).toList() : List.of();
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> map(Object value) {
		return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
	}

}
