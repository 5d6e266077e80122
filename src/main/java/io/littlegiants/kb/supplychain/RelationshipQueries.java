package io.littlegiants.kb.supplychain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	private final Neo4jClient client;

	RelationshipQueries(Neo4jClient client) {
		this.client = client;
	}

	Map<String, List<Relationship>> related(Collection<String> firmIds, RelationshipKind kind) {
		Map<String, List<Relationship>> result = new LinkedHashMap<>();
		firmIds.forEach(id -> result.put(id, new ArrayList<>()));
		String cypher = """
				UNWIND $ids AS id
				MATCH (f:Organization {id: id})
				MATCH %s
				RETURN id, r{.*, type: type(r), outgoing: startNode(r) = f} AS r, o{.*} AS o
				ORDER BY coalesce(r.since, r.date, '') DESC, o.name
				""".formatted(kind.pattern());
		this.client.query(cypher).bind(firmIds).to("ids").fetch().all().forEach(row -> {
			Map<String, Object> rel = Graph.map(row.get("r"));
			String direction = Boolean.TRUE.equals(rel.get("outgoing")) ? "OUTGOING" : "INCOMING";
			result.get((String) row.get("id"))
				.add(Relationship.from(direction, rel, Organization.from(Graph.map(row.get("o")))));
		});
		return result;
	}

}
