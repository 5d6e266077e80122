package io.littlegiants.kb.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Null-safe readers for property maps returned by Cypher ({@code n{.*}}), shared by every
 * area's read models.
 */
public final class Graph {

	private Graph() {
	}

	/**
	 * Rows grouped by the value of their {@code key} column, in the order of the keys
	 * asked for, each with a list (empty when no row has it): the shape a batch mapping
	 * answers with.
	 */
	public static <T> Map<String, List<T>> grouped(Collection<String> keys, Collection<Map<String, Object>> rows,
			String key, Function<Map<String, Object>, T> item) {
		Map<String, List<T>> result = new LinkedHashMap<>();
		keys.forEach(k -> result.put(k, new ArrayList<>()));
		rows.forEach(row -> result.get((String) row.get(key)).add(item.apply(row)));
		return result;
	}

	/**
	 * Rows that each hold one key's whole list (a subquery's {@code collect}) in the
	 * column {@code list}: by key, every key asked for (an empty list when no row has
	 * it), the shape a batch mapping answers with.
	 * @param read the items of a key's list
	 */
	public static <T> Map<String, List<T>> listPerKey(Collection<String> keys, Collection<Map<String, Object>> rows,
			String key, String list, BiFunction<String, Object, List<T>> read) {
		Map<String, List<T>> result = new LinkedHashMap<>();
		keys.forEach(k -> result.put(k, List.of()));
		rows.forEach(row -> result.put((String) row.get(key), read.apply((String) row.get(key), row.get(list))));
		return result;
	}

	public static String str(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value == null ? null : value.toString();
	}

	/**
	 * A value of a closed set stored by its name (a confidence, a tier), or null; a name
	 * the enum lacks fails here, at the read, not later in the response.
	 */
	public static <E extends Enum<E>> E constant(Map<String, Object> map, String key, Class<E> type) {
		Object value = map.get(key);
		return (value == null) ? null : Enum.valueOf(type, value.toString());
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
