package io.littlegiants.kb.firm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A page of the firm list found by walking every firm in the list's order, the order of
 * the Organization(name) or Organization(id) index, each tested against the filter, until
 * the page is full. The page's statement ({@link FirmQueries#page}) reads every match and
 * sorts them: for the 1,110,000 innovative SMEs of the full pyramid about 2 s a page,
 * each time, since an order that long is not kept. Walked, a page reads about page x
 * firms / matches firms when the matches are spread over the order.
 * <p>
 * They need not be: real firm names begin with their province, and generated ones follow
 * their tier. So the walk goes in rounds of growing length and gives up, for the sort,
 * once it has walked a given number of firms without filling the page.
 * <p>
 * Every organization has a name (the API declares it non-null;
 * {@code cypher/checks/0090-organizations-named.cypher}), so the index holds every firm.
 */
@Component
class FirmWalk {

	/** The firms walked in the first round; each next round walks four times as many. */
	static final long FIRST_ROUND = 1_000;

	private final Neo4jClient client;

	private final long firstRound;

	@Autowired
	FirmWalk(Neo4jClient client) {
		this(client, FIRST_ROUND);
	}

	FirmWalk(Neo4jClient client, long firstRound) {
		this.client = client;
		this.firstRound = firstRound;
	}

	/**
	 * The page, or null when {@code most} firms were walked without filling it (the
	 * caller then sorts the matches).
	 * @param after where the previous page ended, or null
	 * @param most how many firms to walk at most
	 */
	FirmPage page(FirmFilter filter, FirmOrder order, int first, FirmPosition after, LocalDate day, long most) {
		List<Organization> found = new ArrayList<>();
		FirmPosition from = after;
		long walked = 0;
		long round = Math.min(this.firstRound, Math.max(1, most));
		while (true) {
			Map<String, Object> params = new HashMap<>();
			params.put("day", day);
			params.put("budget", round);
			params.put("limit", first + 1 - found.size());
			found.addAll(this.client.query(statement(filter, order, from, params))
				.bindAll(params)
				.fetchAs(Organization.class)
				.mappedBy((types, record) -> Organization.from(record.get("f").asMap()))
				.all());
			if (found.size() > first) {
				return new FirmPage(found.subList(0, first), true, null);
			}
			// Every match of this round is found: the page continues after its last
			// firm walked, if the list goes on.
			FirmPosition end = lastWalked(order, from, round);
			if (end == null) {
				return new FirmPage(found, false, null);
			}
			walked += round;
			if (walked >= most) {
				return null;
			}
			from = end;
			round = Math.min(round * 4, most - walked);
		}
	}

	/**
	 * The statement of a round: the first {@code $budget} firms after {@code from} in the
	 * order, the first {@code $limit} of them that meet the filter.
	 */
	static String statement(FirmFilter filter, FirmOrder order, FirmPosition from, Map<String, Object> params) {
		List<String> conditions = FirmQueries.conditions(filter, params, true);
		return walked(order, from, params) + " WITH f" + FirmQueries.orderBy(order) + " LIMIT $budget"
				+ (conditions.isEmpty() ? "" : " WITH f" + FirmQueries.where(conditions)) + " WITH f"
				+ FirmQueries.orderBy(order) + " LIMIT $limit RETURN f{.*} AS f";
	}

	/**
	 * The {@code round}-th firm after {@code from} in the order, or null if fewer follow.
	 */
	private FirmPosition lastWalked(FirmOrder order, FirmPosition from, long round) {
		Map<String, Object> params = new HashMap<>();
		params.put("skip", round - 1);
		String key = (order == FirmOrder.ID_ASC) ? "f.id" : "f.name";
		return this.client
			.query(walked(order, from, params) + " WITH f" + FirmQueries.orderBy(order) + " SKIP $skip LIMIT 1 RETURN "
					+ key + " AS key, f.id AS id")
			.bindAll(params)
			.fetchAs(FirmPosition.class)
			.mappedBy((types, record) -> new FirmPosition(order, record.get("key").asString(),
					record.get("id").asString()))
			.one()
			.orElse(null);
	}

	/**
	 * The firms after {@code from} (exclusive), read from the index of the order's key:
	 * one range from the last firm, its ties of name a filter. The page's condition, an
	 * OR, is planned as two seeks and a sort of every firm after.
	 */
	private static String walked(FirmOrder order, FirmPosition from, Map<String, Object> params) {
		String start;
		if (from == null) {
			start = (order == FirmOrder.ID_ASC) ? "f.id IS NOT NULL" : "f.name IS NOT NULL";
		}
		else {
			start = switch (order) {
				case NAME_ASC -> "f.name >= $afterKey AND (f.name <> $afterKey OR f.id > $afterId)";
				case NAME_DESC -> "f.name <= $afterKey AND (f.name <> $afterKey OR f.id < $afterId)";
				case ID_ASC -> "f.id > $afterId";
			};
			params.put("afterKey", from.sortKey());
			params.put("afterId", from.id());
		}
		String index = (order == FirmOrder.ID_ASC) ? "id" : "name";
		return FirmQueries.FIRMS + " USING INDEX f:Organization(" + index + ") WHERE " + start;
	}

}
