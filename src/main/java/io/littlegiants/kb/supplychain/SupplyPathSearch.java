package io.littlegiants.kb.supplychain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.InvalidInputException;
import io.littlegiants.kb.common.NamedQueries;

/**
 * The breadth-first search behind supplyPaths: one step ({@code supply-paths.cypher}) per
 * supply tier, each firm kept at the first tier that reaches it, on the path that ranks
 * first. Enumerating paths instead walked every path to every firm (233,000 paths
 * upstream of a hub at depth 3); a step reads each edge once. The answer is ordered by
 * depth first, so the search stops at the tier that fills the page, and a tier too large
 * to read whole that would fill it is walked instead: in name order
 * ({@code supply-paths-by-name.cypher}), or through the certification tier asked for
 * ({@code supply-paths-in-tier.cypher}).
 */
final class SupplyPathSearch {

	/**
	 * Most firms one search may reach before its page is full: each costs the server
	 * memory until the answer is sent.
	 */
	static final int MAX_REACHED = 300_000;

	/**
	 * Edges from the frontier above which the next tier is walked. Reading a tier costs
	 * about the same per edge as a walk per firm it passes; a name walk passes (page size
	 * x firms / tier size) firms, so it wins from about ten thousand edges.
	 */
	static final long LARGE_TIER = 10_000;

	/**
	 * Most frontier firms a walk checks its firms against: it looks each up, per firm
	 * walked.
	 */
	static final int WALK_FRONTIER = 1_000;

	private static final Comparator<Reached> PAGE_ORDER = Comparator.comparingInt(Reached::depth)
		.thenComparing(Reached::name, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Reached::id);

	private final NamedQueries queries;

	private final Map<String, Object> parameters;

	private final long largeTier;

	/**
	 * How a large tier is walked: from the certification tier asked for, else by name.
	 */
	private final String walk;

	/**
	 * @param parameters the steps' parameters other than {@code frontier}: direction,
	 * tier, certified, asOf, day, activeOnly and exclude
	 * @param largeTier edges from the frontier above which a tier is walked
	 * ({@link #LARGE_TIER}; tests lower it)
	 */
	SupplyPathSearch(NamedQueries queries, Map<String, Object> parameters, long largeTier) {
		this.queries = queries;
		this.parameters = parameters;
		this.largeTier = largeTier;
		this.walk = (parameters.get("tier") != null) ? "supply-paths-in-tier" : "supply-paths-by-name";
	}

	/**
	 * The wanted firms within {@code maxDepth} tiers of the starts, nearest first, then
	 * by name and id: at most {@code limit}, each with its start and its path's edges
	 * (element ids), as {@code supply-paths-hops.cypher} reads them.
	 */
	List<Map<String, Object>> page(List<String> startIds, int maxDepth, int limit) {
		Map<String, Reached> reached = new HashMap<>();
		List<Reached> frontier = new ArrayList<>(starts(startIds));
		frontier.forEach(start -> reached.put(start.id(), start));
		List<Reached> wanted = new ArrayList<>();
		for (int depth = 1; depth <= maxDepth && !frontier.isEmpty() && wanted.size() < limit; depth++) {
			int missing = limit - wanted.size();
			if (frontier.size() <= WALK_FRONTIER
					&& frontier.stream().mapToLong(Reached::degree).sum() > this.largeTier) {
				List<Reached> first = walk(frontier, depth, reached, missing);
				if (first.size() == missing) {
					wanted.addAll(first);
					break;
				}
			}
			List<Reached> next = step(frontier, depth, reached);
			next.forEach(firm -> reached.put(firm.id(), firm));
			next.stream().filter(Reached::wanted).forEach(wanted::add);
			if (reached.size() > MAX_REACHED) {
				throw new InvalidInputException("maxDepth", "the supply paths reach more than " + MAX_REACHED
						+ " firms within " + depth + " tiers before the page is full; ask for fewer tiers (maxDepth)");
			}
			frontier = next;
		}
		return wanted.stream().sorted(PAGE_ORDER).limit(limit).map(SupplyPathSearch::path).toList();
	}

	/** The starts, in the order of their ids: the first id along a path breaks a tie. */
	private List<Reached> starts(List<String> startIds) {
		return this.queries
			.run("supply-paths-starts", Map.of("ids", startIds, "direction", this.parameters.get("direction")))
			.stream()
			.map(row -> new Reached(Graph.str(row, "id"), null, 0, null, null, false, degree(row)))
			.sorted(Comparator.comparing(Reached::id))
			.toList();
	}

	/**
	 * The firms one tier further than {@code frontier}, not reached before, in the order
	 * of their paths: the rank of the frontier firm they are reached from (its place in
	 * the list), then their id.
	 */
	private List<Reached> step(List<Reached> frontier, int depth, Map<String, Reached> reached) {
		Map<String, Object> parameters = new HashMap<>(this.parameters);
		parameters.put("frontier", frontier.stream().map(Reached::id).toList());
		Tier tier = new Tier(frontier);
		return this.queries.run("supply-paths", parameters)
			.stream()
			.filter(row -> !reached.containsKey(Graph.str(row, "id")))
			.map(row -> tier.reach(row, depth, Boolean.TRUE.equals(row.get("wanted")), degree(row)))
			.sorted(tier.pathOrder())
			.toList();
	}

	/**
	 * The first {@code k} wanted firms of the next tier by name; fewer when it has fewer.
	 */
	private List<Reached> walk(List<Reached> frontier, int depth, Map<String, Reached> reached, int k) {
		Map<String, Object> parameters = new HashMap<>(this.parameters);
		parameters.put("frontier", frontier.stream().map(Reached::id).toList());
		parameters.put("reached", List.copyOf(reached.keySet()));
		parameters.put("k", k);
		Tier tier = new Tier(frontier);
		return this.queries.run(this.walk, parameters).stream().map(row -> tier.reach(row, depth, true, 0)).toList();
	}

	private static long degree(Map<String, Object> row) {
		return ((Number) row.get("degree")).longValue();
	}

	private static Map<String, Object> path(Reached firm) {
		LinkedList<String> edges = new LinkedList<>();
		Reached start = firm;
		while (start.from() != null) {
			edges.addFirst(start.edge());
			start = start.from();
		}
		return Map.of("firm", firm.id(), "start", start.id(), "edges", List.copyOf(edges));
	}

	/**
	 * A firm reached at a depth, from the frontier firm its path goes through.
	 *
	 * @param from null for a start
	 * @param edge the element id of the edge from {@code from}
	 * @param degree its edges onward, in the direction searched
	 */
	private record Reached(String id, String name, int depth, Reached from, String edge, boolean wanted, long degree) {
	}

	/**
	 * One edge from the frontier to a firm: {@code rank} the frontier firm's, {@code key}
	 * the edge's own id, {@code edge} its element id.
	 */
	private record Edge(int rank, String key, String edge) {
	}

	/**
	 * A frontier, ranked: a firm of the next tier takes the edge from the frontier firm
	 * ranked first, then the edge with the smallest id (the element id when it has none).
	 */
	private static final class Tier {

		private static final Comparator<Edge> FIRST = Comparator.comparingInt(Edge::rank)
			.thenComparing(Edge::key, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Edge::edge);

		private final List<Reached> frontier;

		private final Map<String, Integer> ranks;

		Tier(List<Reached> frontier) {
			this.frontier = frontier;
			this.ranks = new HashMap<>();
			for (int rank = 0; rank < frontier.size(); rank++) {
				this.ranks.put(frontier.get(rank).id(), rank);
			}
		}

		Reached reach(Map<String, Object> row, int depth, boolean wanted, long degree) {
			Edge first = Graph.maps(row.get("edges"))
				.stream()
				.map(e -> new Edge(this.ranks.get(Graph.str(e, "from")), Graph.str(e, "key"), Graph.str(e, "edge")))
				.min(FIRST)
				.orElseThrow();
			return new Reached(Graph.str(row, "id"), Graph.str(row, "name"), depth, this.frontier.get(first.rank()),
					first.edge(), wanted, degree);
		}

		/** Paths in order: the rank of the firm each comes from, then the firm's id. */
		Comparator<Reached> pathOrder() {
			Map<String, Integer> ranks = this.ranks;
			return Comparator.comparingInt((Reached r) -> ranks.get(r.from().id())).thenComparing(Reached::id);
		}

	}

}
