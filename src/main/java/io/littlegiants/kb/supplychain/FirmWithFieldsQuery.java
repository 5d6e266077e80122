package io.littlegiants.kb.supplychain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.firm.CertificationsOf;
import io.littlegiants.kb.firm.Organization;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One organization with its certifications and relationships of the kinds asked for, in
 * one statement. A request for a firm with, say, its certifications, suppliers and
 * customers otherwise sends one statement for the firm and one per field, each a round
 * trip; the subqueries here are the ones those fields' batch loaders run, so the lists
 * are the same.
 */
@Service
@Transactional(readOnly = true)
public class FirmWithFieldsQuery {

	private final Neo4jClient client;

	FirmWithFieldsQuery(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * @param id the organization's id
	 * @param certifications whether to read its certifications
	 * @param kinds the kinds of relationship to read
	 * @return empty when no organization has the id
	 */
	public Optional<FirmWithFields> find(String id, boolean certifications, Set<RelationshipKind> kinds) {
		StringBuilder cypher = new StringBuilder("MATCH (f:Organization {id: $id})\n");
		StringBuilder returned = new StringBuilder("RETURN f{.*} AS f");
		if (certifications) {
			cypher.append(CertificationsOf.SUBQUERY);
			returned.append(", certifications");
		}
		for (RelationshipKind kind : kinds) {
			// Column names from the enum's constants, never from the request.
			cypher.append(RelationshipQueries.subquery(kind, column(kind)));
			returned.append(", ").append(column(kind));
		}
		return this.client.query(cypher.append(returned).toString()).bind(id).to("id").fetch().one().map(row -> {
			Organization organization = Organization.from(Graph.map(row.get("f")));
			Map<RelationshipKind, List<Relationship>> related = new EnumMap<>(RelationshipKind.class);
			kinds.forEach(kind -> related.put(kind, RelationshipQueries.read(row.get(column(kind)))));
			return new FirmWithFields(organization,
					certifications ? CertificationsOf.read(organization.id(), row.get("certifications")) : null,
					related);
		});
	}

	private static String column(RelationshipKind kind) {
		return "related_" + kind.name();
	}

}
