package io.littlegiants.kb.pyramid;

import java.util.function.Supplier;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Titles written beside those of the fixture {@code fixtures/analytics.cypher}, for
 * checks on firms holding several titles of a tier: written and read in one transaction
 * that is rolled back.
 */
class ExtraTitles {

	private final Neo4jClient client;

	private final PlatformTransactionManager transactions;

	ExtraTitles(Neo4jClient client, PlatformTransactionManager transactions) {
		this.client = client;
		this.transactions = transactions;
	}

	/**
	 * Runs {@code checks} with the titles of {@link #addCertifications()} written, in one
	 * transaction rolled back after them: the fixture stays as it is.
	 * @return what {@code checks} returns
	 */
	<T> T around(Supplier<T> checks) {
		return new TransactionTemplate(this.transactions).execute(status -> {
			status.setRollbackOnly();
			addCertifications();
			return checks.get();
		});
	}

	/**
	 * Beside the fixture's titles: cn-c holds four Little Giant titles (two alike, one
	 * UNVERIFIED, one expired), cn-x a provincial specialized title of LOW_AUTHORITY and
	 * an active innovative one without a batch, cn-y an innovative one known by its year
	 * only; cn-y is put in sector mic-02 itself (cn-a is in its direction mic-02.2).
	 */
	private void addCertifications() {
		this.client.query("""
				MATCH (y:Firm {id: 'cn-y'}), (s:Sector {id: 'mic-02'}) CREATE (y)-[:IN_SECTOR]->(s)
				""").run();
		this.client
			.query("""
					UNWIND [
					  {firm: 'cn-c', id: 'c4', tier: 'LITTLE_GIANT', level: 'NATIONAL', batch: 4, awarded: date('2019-01-01'),
					   until: date('2026-12-31'), confidence: 'SYNTHETIC', stage: 'DESIGNATED'},
					  {firm: 'cn-c', id: 'c5', tier: 'LITTLE_GIANT', level: 'NATIONAL', batch: 5, awarded: date('2019-01-01'),
					   until: date('2027-12-31'), confidence: 'SYNTHETIC', stage: 'DESIGNATED'},
					  {firm: 'cn-c', id: 'c5-again', tier: 'LITTLE_GIANT', level: 'NATIONAL', batch: 5,
					   awarded: date('2019-01-01'), until: date('2027-12-31'), confidence: 'SYNTHETIC', stage: 'DESIGNATED'},
					  {firm: 'cn-c', id: 'c5b', tier: 'LITTLE_GIANT', level: 'NATIONAL', batch: 5, awarded: date('2019-01-01'),
					   until: date('2027-12-31'), confidence: 'UNVERIFIED', stage: 'DESIGNATED'},
					  {firm: 'cn-c', id: 'c3', tier: 'LITTLE_GIANT', level: 'NATIONAL', batch: 3, awarded: date('2019-01-01'),
					   until: date('2021-12-31'), confidence: 'SYNTHETIC', stage: 'DESIGNATED'},
					  {firm: 'cn-x', id: 'x-s', tier: 'SPECIALIZED_SME', level: 'PROVINCIAL', batch: 1,
					   awarded: date('2022-01-01'), until: date('2024-12-31'), confidence: 'LOW_AUTHORITY', stage: 'DESIGNATED'},
					  {firm: 'cn-x', id: 'x-i', tier: 'INNOVATIVE_SME', level: 'PROVINCIAL', awarded: date('2021-12-31'),
					   until: date('2099-12-31'), confidence: 'SYNTHETIC', stage: 'DESIGNATED'},
					  {firm: 'cn-y', id: 'y-i', tier: 'INNOVATIVE_SME', level: 'PROVINCIAL', batch: 2, awardYear: 2018,
					   until: date('2028-12-31'), confidence: 'UNVERIFIED', stage: 'DESIGNATED'}
					] AS t
					MATCH (f:Firm {id: t.firm}), (tier:Tier {id: t.tier})
					CREATE (f)-[:HOLDS]->(:Certification {id: t.id, tier: t.tier, level: t.level, batch: t.batch,
					        awarded: t.awarded, awardYear: t.awardYear, validUntil: t.until, stage: t.stage,
					        confidence: t.confidence, sourceIds: ['src-fixture']})-[:OF_TIER]->(tier)
					""")
			.run();
	}

}
