package io.littlegiants.kb.supplychain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.firm.CertificationsOf;
import io.littlegiants.kb.firm.Organization;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One organization with its certifications and relationships of the kinds asked for, in
 * one statement. A request for a firm with, say, its certifications, suppliers and
 * customers otherwise sends one statement for the firm and one per field, each a round
 * trip. The lists come in the order the fields' batch loaders give them. A kind with more
 * than {@link #LARGEST_LIST} relationships is left out, for its loader to read as rows:
 * one list is held whole in the transaction's memory, and the 250,000 suppliers of the
 * biggest anchor of the 1.1 million-firm pyramid did not fit in its 512 MB.
 */
@Service
@Transactional(readOnly = true)
public class FirmWithFieldsQuery {

	static final int LARGEST_LIST = 1_000;

	private final Neo4jClient client;

	private final int largestList;

	@Autowired
	FirmWithFieldsQuery(Neo4jClient client) {
		this(client, LARGEST_LIST);
	}

	/** With another largest list, for the tests. */
	FirmWithFieldsQuery(Neo4jClient client, int largestList) {
		this.client = client;
		this.largestList = largestList;
	}

	/**
	 * @param id the organization's id
	 * @param certifications whether to read its certifications
	 * @param kinds the kinds of relationship to read (those with more than
	 * {@link #LARGEST_LIST} are not)
	 * @param slim the lists to read with less than every property ({@link Slim#NONE}:
	 * none)
	 * @param maxList the most relationships one list may hold: a longer list is left out
	 * too, for its loader to refuse
	 * @return empty when no organization has the id
	 */
	public Optional<FirmWithFields> find(String id, boolean certifications, Set<RelationshipKind> kinds, Slim slim,
			long maxList) {
		long largest = Math.min(this.largestList, maxList);
		StringBuilder cypher = new StringBuilder("MATCH (f:Organization {id: $id})\n");
		StringBuilder returned = new StringBuilder("RETURN f{.*} AS f");
		if (certifications) {
			cypher.append(CertificationsOf.SUBQUERY);
			returned.append(", certifications");
		}
		for (RelationshipKind kind : kinds) {
			// Column names from the enum's constants, never from the request.
			Set<String> names = slim.counterpartNames().get(kind);
			cypher.append(RelationshipQueries.subquery(kind, column(kind),
					slim.bareRelationships().contains(kind) ? RelationshipQueries.RELATIONSHIP_BARE
							: RelationshipQueries.RELATIONSHIP,
					(names != null) ? RelationshipQueries.counterpartNames(names) : RelationshipQueries.COUNTERPART));
			returned.append(", ").append(column(kind)).append(", degree_").append(column(kind));
		}
		Map<String, Object> parameters = Map.of("id", id, "largestList", largest);
		return this.client.query(cypher.append(returned).toString()).bindAll(parameters).fetch().one().map(row -> {
			Organization organization = Organization.from(Graph.map(row.get("f")));
			Map<RelationshipKind, List<Relationship>> related = new EnumMap<>(RelationshipKind.class);
			kinds.stream()
				.filter(kind -> ((Number) row.get("degree_" + column(kind))).longValue() <= largest)
				.forEach(kind -> related.put(kind, RelationshipQueries.read(row.get(column(kind)))));
			return new FirmWithFields(organization,
					certifications ? CertificationsOf.read(organization.id(), row.get("certifications")) : null,
					related);
		});
	}

	/**
	 * Lists read with less than every property, for a request that asks nothing else of
	 * them; what is not read is null (or empty) in the records. A firm with its 654
	 * suppliers' and customers' names read every property of each relationship and each
	 * counterpart (about 30): under JFR, turning the record into Java values was 16% of
	 * the request thread's samples at 10,000 firms, and at 1.1 million firms reading the
	 * properties was two thirds of the database's.
	 *
	 * @param counterpartNames kinds whose counterparts are read with their id, kind and
	 * name only, each with the fields asked of them there: those of
	 * {@code RelationshipQueries.OTHER_NAMES} among them are read too
	 * @param bareRelationships kinds whose relationships are read with their id, type and
	 * direction only
	 */
	public record Slim(Map<RelationshipKind, Set<String>> counterpartNames, Set<RelationshipKind> bareRelationships) {

		/** Every list read whole. */
		public static final Slim NONE = new Slim(Map.of(), Set.of());

	}

	private static String column(RelationshipKind kind) {
		return "related_" + kind.name();
	}

}
