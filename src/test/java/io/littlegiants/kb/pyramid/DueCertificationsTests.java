package io.littlegiants.kb.pyramid;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.NamedQueries;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certifications due in a window, read by walking the firms by name when the list's
 * last day holds most of them ({@link DueCertifications}), give the rows the sort gives:
 * on {@code fixtures/many-firms.cypher} (600 of 1,200 firms due on 2027-06-30), with five
 * more due on 2027-01-15 and a second firm named "Firm 0002" whose title's id sorts
 * before the first's.
 */
@GraphQlHttpTest
@TestDatabase(fixture = "fixtures/many-firms.cypher")
class DueCertificationsTests {

	@Autowired
	NamedQueries queries;

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aDayMostTitlesEndOnIsWalkedByNameAndGivesTheSortedRows() {
		NamedQueries spied = Mockito.spy(this.queries);
		DueCertifications due = new DueCertifications(spied);
		Map<String, Object> window = Analysis.parameters("from", LocalDate.of(2027, 1, 1), "to",
				LocalDate.of(2027, 12, 31), "tier", null, "exclude", List.of());
		// Written and read in one transaction, rolled back: the fixture stays as it is.
		new TransactionTemplate(this.transactions).execute(status -> {
			status.setRollbackOnly();
			this.client.query("""
					MATCH (f:Firm) WHERE 'cn-0601' <= f.id <= 'cn-0605'
					CREATE (f)-[:HOLDS]->(:Certification {id: 'c-' + f.id, tier: 'LITTLE_GIANT', level: 'NATIONAL',
					        validUntil: date('2027-01-15'), stage: 'DESIGNATED', confidence: 'SYNTHETIC'})
					WITH count(*) AS done
					CREATE (:Organization:Firm {id: 'cn-dup', name: 'Firm 0002', kind: 'FIRM', country: 'CN'})
					        -[:HOLDS]->(:Certification {id: 'c-a-dup', tier: 'LITTLE_GIANT', level: 'NATIONAL',
					        validUntil: date('2027-06-30'), stage: 'DESIGNATED', confidence: 'SYNTHETIC'})
					""").run();
			assertThat(ids(sorted(window, 9))).containsExactly("c-cn-0601", "c-cn-0602", "c-cn-0603", "c-cn-0604",
					"c-cn-0605", "c-cn-0001", "c-a-dup", "c-cn-0002", "c-cn-0003");
			// 1 and 3: within the first day, sorted. 8, 9, 50 and 300: the rest walked.
			// 500 and 700: the day sorted (700 once the walk gave up).
			for (int limit : List.of(1, 3, 8, 9, 50, 300, 500, 700)) {
				assertThat(ids(due.first(window, limit))).as("limit " + limit).isEqualTo(ids(sorted(window, limit)));
			}
			return null;
		});
		Mockito.verify(spied, Mockito.atLeastOnce())
			.run(Mockito.eq("recertification-due"), Mockito.argThat(parameters -> parameters.get("span") != null));
	}

	/** Every certification of the window sorted, then cut. */
	private List<Map<String, Object>> sorted(Map<String, Object> window, int limit) {
		Map<String, Object> parameters = new HashMap<>(window);
		parameters.put("span", null);
		parameters.put("limit", limit);
		return this.queries.run("recertification-due", parameters);
	}

	private static List<String> ids(List<Map<String, Object>> rows) {
		return rows.stream().map(row -> Graph.str(Graph.map(row.get("certification")), "id")).toList();
	}

}
