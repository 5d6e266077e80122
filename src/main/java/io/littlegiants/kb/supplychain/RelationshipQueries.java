package io.littlegiants.kb.supplychain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.firm.Organization;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Loads one kind of relationship for many firms in one query, so that a list of firms
 * costs one query per relationship field, not one per firm.
 */
@Component
class RelationshipQueries {

	/**
	 * The order of a list of relationships: newest first (by {@code since}, else
	 * {@code date}), then by the counterpart's name and the relationship's id.
	 */
	static final String ORDER = "coalesce(r.since, r.date, '') DESC, o.name, r.id";

	/** A relationship from {@code f}'s side, as a map. */
	static final String RELATIONSHIP = "r{.*, type: type(r), outgoing: startNode(r) = f}";

	/**
	 * A relationship from {@code f}'s side, its id, type and direction only: what a
	 * request asking only for those (and its counterpart) reads (see
	 * {@code FirmWithFieldsQuery}). A map literal, as the counterpart's names are: a map
	 * projection with a literal key ({@code r{.id, type: ...}}) is a combined map in
	 * Neo4j, which builds the set of its keys anew each time it is sized or written,
	 * about a third of the database's allocation for a firm with its 654 suppliers' and
	 * customers' names.
	 */
	static final String RELATIONSHIP_BARE = "{id: r.id, type: type(r), outgoing: startNode(r) = f}";

	/** The counterpart {@code o}, every property. */
	static final String COUNTERPART = "o{.*}";

	/**
	 * The names of a counterpart that {@link #counterpartNames(Set)} reads only when
	 * asked for; its id, kind and name it always reads (the name orders the list).
	 */
	static final List<String> OTHER_NAMES = List.of("nameZh", "shortNameZh", "nameEn");

	/**
	 * The counterpart {@code o}, its id, kind and name, and those of {@link #OTHER_NAMES}
	 * that {@code asked} holds: what a request asking only for names reads (see
	 * {@code FirmWithFieldsQuery}). Each property is a lookup along the node's chain of
	 * properties: for the hub firm of the 1.1 million-firm pyramid, three of them instead
	 * of six took its statement from 8,043 to 6,078 db hits.
	 */
	static String counterpartNames(Set<String> asked) {
		StringBuilder map = new StringBuilder("{id: o.id, kind: o.kind, name: o.name");
		// Property names from the constant list, never from the request.
		OTHER_NAMES.stream()
			.filter(asked::contains)
			.forEach(name -> map.append(", ").append(name).append(": o.").append(name));
		return map.append('}').toString();
	}

	private final Neo4jClient client;

	RelationshipQueries(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * The relationships of one kind of many firms, in the order of {@link #ORDER}, but
	 * for firms with more than {@code maxList} of them, which are counted and not read
	 * (the count is the node's degree, no read of the relationships): a list is held
	 * whole in the application's memory, and the 103,347 suppliers of the biggest anchor
	 * of the 1.1 million-firm pyramid, with every property of each, exhausted a 768 MiB
	 * heap. Read as rows, not as a list per firm: rows stream, where a list is held whole
	 * in the transaction's memory.
	 */
	Related related(Collection<String> firmIds, RelationshipKind kind, long maxList) {
		String cypher = """
				UNWIND $ids AS id
				MATCH (f:Organization {id: id})
				WITH id, f, COUNT { %s } AS degree
				OPTIONAL CALL (f, degree) {
				  WITH f WHERE degree <= $maxList
				  MATCH %s
				  RETURN r, o
				}
				RETURN id, degree, %s AS r, o{.*} AS o
				ORDER BY %s
				""".formatted(kind.degreePattern(), kind.pattern(), RELATIONSHIP, ORDER);
		Map<String, Object> parameters = Map.of("ids", List.copyOf(firmIds), "maxList", maxList);
		Collection<Map<String, Object>> rows = this.client.query(cypher).bindAll(parameters).fetch().all();
		Map<String, Long> tooLong = new LinkedHashMap<>();
		rows.stream()
			.filter(row -> ((Number) row.get("degree")).longValue() > maxList)
			.forEach(row -> tooLong.put((String) row.get("id"), ((Number) row.get("degree")).longValue()));
		List<Map<String, Object>> read = rows.stream().filter(row -> row.get("r") != null).toList();
		return new Related(Graph.grouped(firmIds, read, "id", RelationshipQueries::relationship), tooLong);
	}

	/**
	 * What {@link #related} read.
	 *
	 * @param lists each firm's relationships, by firm id (empty for one whose list was
	 * too long)
	 * @param tooLong the firms whose lists were too long to read, with their length
	 */
	record Related(Map<String, List<Relationship>> lists, Map<String, Long> tooLong) {
	}

	/**
	 * A subquery on the organization {@code f} that returns its relationships of one
	 * kind, in the order of {@link #ORDER}, as the list {@code as} when there are at most
	 * {@code $largestList} of them; else an empty list, and the caller reads them as rows
	 * (see {@link #related}). {@code degree_as} counts them.
	 * @param relationship the relationship's map: {@link #RELATIONSHIP} or
	 * {@link #RELATIONSHIP_BARE}
	 * @param counterpart the counterpart's map: {@link #COUNTERPART} or
	 * {@link #counterpartNames(Set)}
	 */
	static String subquery(RelationshipKind kind, String as, String relationship, String counterpart) {
		return """
				CALL (f) {
				  WITH f WHERE COUNT { %1$s } <= $largestList
				  MATCH %2$s
				  WITH f, r, o
				  ORDER BY %3$s
				  RETURN collect({r: %4$s, o: %6$s}) AS %5$s
				}
				CALL (f) {
				  RETURN COUNT { %1$s } AS degree_%5$s
				}
				""".formatted(kind.degreePattern(), kind.pattern(), ORDER, relationship, as, counterpart);
	}

	/** The relationships from the subquery's list. */
	static List<Relationship> read(Object related) {
		return Graph.maps(related).stream().map(RelationshipQueries::relationship).toList();
	}

	/**
	 * One page of one kind of an organization's relationships, newest first (by
	 * {@code since}, else {@code date}; undated last), then by relationship id, resuming
	 * after the given position; with how many there are in all. Sorted and cut to the
	 * page before any property map is built: at 13,368 suppliers of one customer that
	 * took 69,372 db hits instead of 162,140.
	 * @param afterDay the position's day ({@code ""} for undated), or null for the first
	 * page
	 * @param afterId the position's relationship id, or null for the first page
	 */
	Analysis.Page<Relationship> page(String organizationId, RelationshipKind kind, String afterDay, String afterId,
			int size) {
		String cypher = """
				MATCH (f:Organization {id: $id})
				MATCH %s
				WITH f, r, o, coalesce(r.since, r.date, '') AS day
				WHERE $afterId IS NULL OR day < $afterDay OR (day = $afterDay AND r.id > $afterId)
				WITH f, r, o, day
				ORDER BY day DESC, r.id
				LIMIT $limit
				RETURN r{.*, type: type(r), outgoing: startNode(r) = f} AS r, o{.*} AS o
				""".formatted(kind.pattern());
		List<Relationship> rows = this.client.query(cypher)
			.bindAll(Analysis.parameters("id", organizationId, "afterDay", afterDay, "afterId", afterId, "limit",
					size + 1))
			.fetch()
			.all()
			.stream()
			.map(RelationshipQueries::relationship)
			.toList();
		long total = this.client
			.query("MATCH (f:Organization {id: $id}) RETURN COUNT { %s } AS total".formatted(kind.degreePattern()))
			.bind(organizationId)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		return Analysis.Page.of(rows, size, (int) total);
	}

	private static Relationship relationship(Map<String, Object> row) {
		Map<String, Object> rel = Graph.map(row.get("r"));
		String direction = Boolean.TRUE.equals(rel.get("outgoing")) ? "OUTGOING" : "INCOMING";
		return Relationship.from(direction, rel, Organization.from(Graph.map(row.get("o"))));
	}

}
