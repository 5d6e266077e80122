package io.littlegiants.kb.ingest.importer;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.littlegiants.kb.Harness;
import io.littlegiants.kb.TestNeo4j;
import io.littlegiants.kb.TestTools;
import io.littlegiants.kb.ingest.PlannerStatistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer's name lookup seeks its indexes even when the planner's statistics still
 * see them empty, as in the seconds after a first load: 20,000 firms are written after
 * the schema, on a server that never resamples its indexes by itself. Planned in that
 * state, the lookup without its index hints scanned every name key for each row (a
 * 50,000-row list was checked at 351 rows/s, not 17,000, in three of eight first starts).
 */
class NameLookupPlanTests {

	@RegisterExtension
	static final Harness harness = Harness.of(TestNeo4j::startWithSchemaAndStaleStatistics);

	@BeforeAll
	static void firmsWrittenAfterTheSchema() {
		try (var session = harness.driver().session()) {
			session.run("CALL db.awaitIndexes(300)").consume();
			session.run("""
					UNWIND range(1, 20000) AS i
					CREATE (o:Organization:Firm {id: 'f' + i, name: 'firm ' + i,
					        uscc: CASE WHEN i % 3 = 0 THEN 'U' + i END})
					CREATE (:NameKey {key: 'firm' + i})-[:NAMES {kind: 'LEGAL'}]->(o)
					""").consume();
		}
	}

	@Test
	void theLookupNamesTheIndexesItSeeks() {
		// Whether an unhinted lookup scans depends on when Neo4j's own sampling lands,
		// so the hints are checked as written, and their plan as run.
		assertThat(Resolver.LOOKUP).contains("USING INDEX SEEK byUscc:Organization(uscc)",
				"USING INDEX SEEK nameKey:NameKey(key)");
		assertThat(operators(Resolver.LOOKUP)).contains("NodeUniqueIndexSeek", "NodeIndexSeek")
			.noneMatch(op -> op.contains("Scan"));
	}

	@Test
	void theRefreshPlansAgainOnTheDataAsItIs() {
		String unhinted = Resolver.LOOKUP.replaceAll("\\s*USING INDEX SEEK [^\\n]+", "");
		assertThat(unhinted).doesNotContain("USING");
		assertThat(PlannerStatistics.refresh(harness.driver())).isTrue();
		assertThat(operators(unhinted)).noneMatch(op -> op.contains("Scan"));
	}

	private static Set<String> operators(String cypher) {
		try (var session = harness.driver().session()) {
			return TestTools.operators(session.run("EXPLAIN " + cypher, Map.of("names", List.of())).consume().plan());
		}
	}

}
