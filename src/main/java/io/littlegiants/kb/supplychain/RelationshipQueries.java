package io.littlegiants.kb.supplychain;

import java.util.Collection;
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
		String cypher = """
				UNWIND $ids AS id
				MATCH (f:Organization {id: id})
				MATCH %s
				RETURN id, r{.*, type: type(r), outgoing: startNode(r) = f} AS r, o{.*} AS o
				ORDER BY coalesce(r.since, r.date, '') DESC, o.name
				""".formatted(kind.pattern());
		return Graph.grouped(firmIds, this.client.query(cypher).bind(firmIds).to("ids").fetch().all(), "id", row -> {
			Map<String, Object> rel = Graph.map(row.get("r"));
			String direction = Boolean.TRUE.equals(rel.get("outgoing")) ? "OUTGOING" : "INCOMING";
			return Relationship.from(direction, rel, Organization.from(Graph.map(row.get("o"))));
		});
	}

}
