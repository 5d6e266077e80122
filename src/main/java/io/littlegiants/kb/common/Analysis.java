package io.littlegiants.kb.common;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared parameter and result handling of the analytic questions: bounded result sizes
 * that say when they were cut, and the day certifications are judged on.
 */
public final class Analysis {

	private Analysis() {
	}

	/**
	 * Parameters with null values allowed (Map.of refuses them). An enum value is passed
	 * by its name, as the graph stores it.
	 */
	public static Map<String, Object> parameters(Object... keysAndValues) {
		Map<String, Object> parameters = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			Object value = keysAndValues[i + 1];
			parameters.put((String) keysAndValues[i], parameter(value));
		}
		return parameters;
	}

	/** An enum as its name, a list of enums as their names. */
	private static Object parameter(Object value) {
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Enum<?>) {
			return list.stream().map(Analysis::parameter).toList();
		}
		return value;
	}

	/**
	 * ISO text of a date, or null: queries compare it with partial dates of the sources.
	 */
	public static String text(LocalDate date) {
		return date == null ? null : date.toString();
	}

	/**
	 * A list cut to a size, saying whether it was cut.
	 *
	 * @param items at most the requested number of rows
	 * @param truncated true when more rows matched
	 */
	public record Bounded<T>(List<T> items, boolean truncated) {

		/** From rows fetched with a limit of one more than wanted. */
		public static <T> Bounded<T> of(List<T> rows, int wanted) {
			return rows.size() > wanted ? new Bounded<>(rows.subList(0, wanted), true) : new Bounded<>(rows, false);
		}

	}

	/**
	 * One page of the facts behind an aggregate, in a stable order.
	 *
	 * @param items at most the requested number of rows
	 * @param totalCount all rows, on every page
	 * @param hasNextPage true when rows follow this page
	 */
	public record Page<T>(List<T> items, int totalCount, boolean hasNextPage) {

		/** From rows fetched with a limit of one more than wanted. */
		public static <T> Page<T> of(List<T> rows, int wanted, int totalCount) {
			return new Page<>(rows.subList(0, Math.min(rows.size(), wanted)), totalCount, rows.size() > wanted);
		}

	}

	/**
	 * An amount of money in one currency; amounts in different currencies are never
	 * added.
	 */
	public record Money(String currency, double amount) {
	}

}
