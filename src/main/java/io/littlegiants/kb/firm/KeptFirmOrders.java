package io.littlegiants.kb.firm;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.littlegiants.kb.common.AnswerCache;
import org.neo4j.driver.Bookmark;

import org.springframework.stereotype.Component;

/**
 * The firms a filter selects, in the list's order, kept per state of the data
 * ({@link AnswerCache}) while they are few enough to keep: a page is then cut from the
 * kept ids, where the page's statement sorts every match again. At 1.1 million firms a
 * page of 100 Little Giants sorted all 11,255 of them by name each time (about 100,000 db
 * hits); cut from the kept order it reads its 100.
 */
@Component
class KeptFirmOrders {

	private final FirmQueries queries;

	private final AnswerCache answers;

	KeptFirmOrders(FirmQueries queries, AnswerCache answers) {
		this.queries = queries;
		this.answers = answers;
	}

	/** Whether the order of this many firms would be kept. */
	boolean keeps(long firms) {
		// A row per firm: a map of its id and sort key, three values.
		return this.answers.keeps(1 + 3 * firms);
	}

	/**
	 * The page after {@code after}, or null when the firm it names is no longer where it
	 * was (gone, or renamed since): the page's statement then finds the place.
	 * @param state the state of the data ({@link AnswerCache#state()})
	 */
	FirmPage page(FirmFilter filter, FirmOrder order, int first, FirmPosition after, LocalDate day,
			Set<Bookmark> state) {
		Map<String, Object> params = new HashMap<>();
		String statement = this.queries.orderStatement(filter, order, day, params);
		List<Map<String, Object>> ordered = this.answers.order(state, statement, params,
				() -> this.queries.rows(statement, params));
		int start = 0;
		if (after != null) {
			int last = indexOf(ordered, after);
			if (last < 0) {
				return null;
			}
			start = last + 1;
		}
		int end = Math.min(ordered.size(), start + first);
		List<String> ids = ordered.subList(start, end).stream().map(row -> (String) row.get("id")).toList();
		Map<String, Organization> byId = this.queries.organizationsById(ids);
		List<Organization> firms = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
		return new FirmPage(firms, end < ordered.size(), null);
	}

	private static int indexOf(List<Map<String, Object>> ordered, FirmPosition position) {
		for (int i = 0; i < ordered.size(); i++) {
			Map<String, Object> row = ordered.get(i);
			if (position.id().equals(row.get("id"))) {
				return Objects.equals(position.sortKey(), row.get("key")) ? i : -1;
			}
		}
		return -1;
	}

}
