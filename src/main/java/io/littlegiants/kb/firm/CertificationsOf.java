package io.littlegiants.kb.firm;

import java.util.List;

import io.littlegiants.kb.common.Graph;

/**
 * The certifications of one firm, newest first, read by a subquery that both the batch of
 * a response level and a firm read with its other fields run, so that both give the same
 * list in the same order.
 */
public final class CertificationsOf {

	/**
	 * A subquery on the firm {@code f} that returns its certifications as the list
	 * {@code certifications}, each with its issuer's id and its tier's node; equal years
	 * and tiers are ordered by id.
	 */
	public static final String SUBQUERY = """
			CALL (f) {
			  MATCH (f)-[:HOLDS]->(c:Certification)
			  OPTIONAL MATCH (c)-[:ISSUED_BY]->(a:Organization)
			  OPTIONAL MATCH (t:Tier {id: c.tier})
			  WITH c, a, t
			  ORDER BY c.awardYear DESC, c.tier, c.id
			  RETURN collect(c{.*, authorityId: a.id, tierDetails: t{.*}}) AS certifications
			}
			""";

	private CertificationsOf() {
	}

	/** The certifications of the firm from the subquery's list. */
	public static List<Certification> read(String firmId, Object certifications) {
		return Graph.maps(certifications).stream().map(c -> Certification.from(firmId, c)).toList();
	}

}
