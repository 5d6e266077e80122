package io.littlegiants.kb.pyramid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.NamedQueries;

import org.springframework.stereotype.Component;

/**
 * The first rows of the certifications due in a window
 * ({@code recertification-due.cypher}), by day, then firm name and id. Titles known by
 * their year alone all end on 31 December, so one day may hold a quarter of a million of
 * them, and sorting them by firm name read every one's firm. When the list's last day is
 * such a day, its rows come from the firms in name order instead, walked only as far as
 * the page needs.
 */
@Component
class DueCertifications {

	/**
	 * Certifications on the last day counted up to this many: from here the day's rows
	 * are walked by name whatever the graph's size.
	 */
	static final int MANY = PyramidService.MANY_FIRMS;

	private final NamedQueries queries;

	DueCertifications(NamedQueries queries) {
		this.queries = queries;
	}

	/**
	 * The first {@code limit} rows of the window.
	 * @param window {@code from}, {@code to}, {@code tier} and {@code exclude}
	 */
	List<Map<String, Object>> first(Map<String, Object> window, int limit) {
		LocalDate from = (LocalDate) window.get("from");
		// A tier or an exclusion can leave few of a day's certifications, and counting
		// them read the whole day (0.5-1.5 s more at 1.1 million firms for the
		// champions, or without the synthetic ones): filtered, the window is sorted.
		if (window.get("tier") != null || !((List<?>) window.get("exclude")).isEmpty()) {
			return sorted(window, from, (LocalDate) window.get("to"), limit);
		}
		Map<String, Object> look = new HashMap<>(window);
		look.put("limit", limit);
		look.put("most", MANY);
		Map<String, Object> ends = this.queries.run("recertification-due-days", look).get(0);
		List<?> days = (List<?>) ends.get("days");
		if (days.isEmpty()) {
			return List.of();
		}
		LocalDate lastDay = (LocalDate) days.get(days.size() - 1);
		long onLastDay = ((Number) ends.get("lastDayCertifications")).longValue();
		long organizations = ((Number) ends.get("organizations")).longValue();
		// Sorting reads a firm name per certification up to the last day; the walk reads
		// about limit x organizations / onLastDay firms.
		if (onLastDay < MANY && onLastDay * onLastDay <= (long) limit * organizations) {
			return sorted(window, from, lastDay, limit);
		}
		// Every certification before the last day is on the page: fewer than limit.
		List<Map<String, Object>> rows = new ArrayList<>(
				lastDay.isAfter(from) ? sorted(window, from, lastDay.minusDays(1), limit) : List.of());
		if (rows.size() >= limit) {
			// Only if the data changed since the first look (or a title has two holders).
			return rows;
		}
		List<Map<String, Object>> onTheDay = walked(window, lastDay, limit - rows.size(), onLastDay, organizations);
		rows.addAll((onTheDay != null) ? onTheDay : sorted(window, lastDay, lastDay, limit - rows.size()));
		return rows;
	}

	private List<Map<String, Object>> sorted(Map<String, Object> window, LocalDate from, LocalDate to, int limit) {
		return this.queries.run("recertification-due", parameters(window, from, to, null, limit));
	}

	/**
	 * The first {@code wanted} rows of one day, from the firms in name order: as many as
	 * should hold twice the rows wanted, four times as many each round while that falls
	 * short, up to a quarter of the organizations.
	 * @return the rows, or null when the walk gave up and the day is to be sorted
	 */
	private List<Map<String, Object>> walked(Map<String, Object> window, LocalDate day, int wanted, long onTheDay,
			long organizations) {
		long span = Math.max(1, 2 * (wanted + 1) * organizations / Math.max(1, onTheDay));
		while (span <= organizations / 4) {
			List<Map<String, Object>> rows = this.queries.run("recertification-due",
					parameters(window, day, day, span, wanted));
			if (rows.size() >= wanted) {
				return rows;
			}
			span *= 4;
		}
		return null;
	}

	private static Map<String, Object> parameters(Map<String, Object> window, LocalDate from, LocalDate to, Long span,
			int limit) {
		Map<String, Object> parameters = new HashMap<>(window);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("span", span);
		parameters.put("limit", limit);
		return parameters;
	}

}
