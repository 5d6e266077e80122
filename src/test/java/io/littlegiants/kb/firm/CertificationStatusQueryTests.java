package io.littlegiants.kb.firm;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.littlegiants.kb.Harness;
import io.littlegiants.kb.common.TierId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certification status rule runs twice: in Java ({@link Certification#statusOn}) for
 * the API field and in Cypher for the {@code certificationStatus} filter. This keeps them
 * in step on a fixture with one certification per edge case.
 */
class CertificationStatusQueryTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 27);

	@RegisterExtension
	static final Harness harness = Harness.withSchema();

	static FirmQueries queries;

	@BeforeAll
	static void fixture() {
		queries = new FirmQueries(Neo4jClient.create(harness.driver()));
		try (var session = harness.driver().session()) {
			session.run("""
					UNWIND [
					  ['publicity', 'PUBLICITY', date('2027-12-31')],
					  ['active', 'DESIGNATED', date('2026-12-31')],
					  ['last-day', 'REVIEW_PUBLICITY', date('2026-11-27')],
					  ['expired', 'DESIGNATED', date('2024-08-04')],
					  ['undated', 'DESIGNATED', null]
					] AS c
					CREATE (f:Organization:Firm {id: c[0], name: c[0], kind: 'FIRM', sourceIds: []})
					CREATE (f)-[:HOLDS]->(:Certification {id: 'cert-' + c[0], tier: 'LITTLE_GIANT', level: 'NATIONAL',
					        stage: c[1], validUntil: c[2], sourceIds: []})
					""").consume();
			// An expired Little Giant whose other certification, of another tier, is
			// active.
			session.run("""
					CREATE (f:Organization:Firm {id: 'mixed', name: 'mixed', kind: 'FIRM', sourceIds: []})
					CREATE (f)-[:HOLDS]->(:Certification {id: 'cert-mixed-lg', tier: 'LITTLE_GIANT', level: 'NATIONAL',
					        stage: 'DESIGNATED', validUntil: date('2025-12-31'), sourceIds: []})
					CREATE (f)-[:HOLDS]->(:Certification {id: 'cert-mixed-sme', tier: 'SPECIALIZED_SME',
					        level: 'PROVINCIAL', stage: 'DESIGNATED', validUntil: date('2028-12-31'), sourceIds: []})
					""").consume();
		}
		// Written by hand, as Cypher over Bolt would: a start marks the undated title.
		assertThat(UnknownValidity.refresh(harness.driver())).isEqualTo(1);
	}

	/**
	 * A title of unknown validity is found through its mark: one written by hand is found
	 * once a start has marked it, and one dated since drops out at once, its mark left
	 * until the next start takes it off.
	 */
	@Test
	void anUndatedTitleIsFoundByItsMarkAndADatedOneNeverIs() {
		try (var session = harness.driver().session()) {
			session.run("""
					CREATE (f:Organization:Firm {id: 'late', name: 'late', kind: 'FIRM', sourceIds: []})
					CREATE (f)-[:HOLDS]->(:Certification {id: 'cert-late', tier: 'SPECIALIZED_SME', level: 'PROVINCIAL',
					        stage: 'DESIGNATED', sourceIds: []})
					""").consume();
			assertThat(firms(null, CertificationStatus.UNKNOWN, null)).containsExactly("undated");
			assertThat(UnknownValidity.refresh(harness.driver())).isEqualTo(1);
			assertThat(firms(null, CertificationStatus.UNKNOWN, null)).containsExactlyInAnyOrder("undated", "late");

			session.run("MATCH (c:Certification {id: 'cert-late'}) SET c.validUntil = date('2027-12-31')").consume();
			assertThat(firms(null, CertificationStatus.UNKNOWN, null)).containsExactly("undated");
			assertThat(firms(null, CertificationStatus.ACTIVE, null)).contains("late");
			assertThat(UnknownValidity.refresh(harness.driver())).isEqualTo(1);
			assertThat(session.run("MATCH (c:Certification {id: 'cert-late'}) RETURN c.unknownValidity AS mark")
				.single()
				.get("mark")
				.isNull()).isTrue();
			assertThat(UnknownValidity.refresh(harness.driver())).isZero();
		}
		finally {
			try (var session = harness.driver().session()) {
				session.run("MATCH (f {id: 'late'})-[:HOLDS]->(c) DETACH DELETE f, c").consume();
			}
		}
	}

	@Test
	void cypherFilterAgreesWithTheJavaRuleForEveryStatus() {
		List<String> all = List.of("publicity", "active", "last-day", "expired", "undated");
		var certifications = queries.certifications(all);
		for (CertificationStatus status : CertificationStatus.values()) {
			Set<String> byJava = all.stream()
				.filter(id -> certifications.get(id).get(0).statusOn(DAY) == status)
				.collect(Collectors.toSet());
			// With a tier the status stands on the certification matched for the tier;
			// without, on a subquery: both find the same firms.
			Set<String> byCypher = firms(null, status, null);
			byCypher.remove("mixed");
			assertThat(byCypher).as(status.name()).isEqualTo(byJava).isNotEmpty();
			Set<String> ofTier = firms(TierId.LITTLE_GIANT, status, null);
			ofTier.remove("mixed");
			assertThat(ofTier).as(status.name() + " of the tier").isEqualTo(byJava);
		}
	}

	@Test
	void aTierAndAStatusAreOneCertificationsNotTwo() {
		// mixed's Little Giant title expired; its active certification is of another
		// tier.
		assertThat(firms(null, CertificationStatus.ACTIVE, null)).contains("mixed");
		assertThat(firms(TierId.LITTLE_GIANT, CertificationStatus.ACTIVE, null)).doesNotContain("mixed");
		assertThat(firms(TierId.LITTLE_GIANT, CertificationStatus.EXPIRED, null)).contains("mixed");
		assertThat(firms(TierId.SPECIALIZED_SME, null, CertificationLevel.PROVINCIAL)).containsExactly("mixed");
		assertThat(firms(TierId.LITTLE_GIANT, null, CertificationLevel.PROVINCIAL)).isEmpty();
		// The count is the page's: each firm once, however many certifications match.
		Map<String, Object> params = new HashMap<>();
		FirmFilter littleGiants = filter(TierId.LITTLE_GIANT, null, null);
		assertThat(queries.count(queries.countStatement(littleGiants, DAY, params), params)).isEqualTo(6);
	}

	private static Set<String> firms(TierId tier, CertificationStatus status, CertificationLevel level) {
		return queries.page(filter(tier, status, level), FirmOrder.ID_ASC, 100, null, DAY)
			.firms()
			.stream()
			.map(Organization::id)
			.collect(Collectors.toCollection(HashSet::new));
	}

	private static FirmFilter filter(TierId tier, CertificationStatus status, CertificationLevel level) {
		return new FirmFilter(null, null, null, tier, level, status, null, null, null, null, null, null, null, null);
	}

	@Test
	void theFixtureCoversEachStatusAsWorkedOutByHand() {
		var certifications = queries.certifications(List.of("publicity", "last-day", "expired", "undated"));
		assertThat(certifications.get("publicity").get(0).statusOn(DAY)).isEqualTo(CertificationStatus.PROPOSED);
		assertThat(certifications.get("last-day").get(0).statusOn(DAY)).isEqualTo(CertificationStatus.ACTIVE);
		assertThat(certifications.get("expired").get(0).statusOn(DAY)).isEqualTo(CertificationStatus.EXPIRED);
		assertThat(certifications.get("undated").get(0).statusOn(DAY)).isEqualTo(CertificationStatus.UNKNOWN);
	}

}
