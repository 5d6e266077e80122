package io.littlegiants.kb.finance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.NamedQueries;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flows behind each group of {@code capital-flows.cypher} are those
 * {@code capital-flow-facts.cypher} lists, for loans from a state bank, a commercial bank
 * and a bank whose ownership is not recorded (a commercial loan, by the definition): on
 * the fixture graph of {@code AnalyticsTests} (the same context), with those loans
 * written in a transaction rolled back after the check.
 */
@GraphQlHttpTest
@TestDatabase(fixture = "fixtures/analytics.cypher")
class CapitalFlowFactsTests {

	@Autowired
	NamedQueries queries;

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void eachKindOfLoanListsTheFlowsItsGroupCounted() {
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			this.client.query("""
					MATCH (a:Firm {id: 'cn-a'}), (b:Firm {id: 'cn-b'}), (state:Bank {id: 'bank-1'})
					CREATE (commercial:Organization:Bank {id: 'bank-c', kind: 'BANK', ownership: 'JOINT_STOCK',
					        name: 'bank-c', country: 'CN', sourceIds: []}),
					       (unknown:Organization:Bank {id: 'bank-u', kind: 'BANK', name: 'bank-u', country: 'CN',
					        sourceIds: []}),
					       (state)-[:LENDS_TO {id: 'x-s', amount: 1.0, currency: 'CNY', date: '2023'}]->(a),
					       (commercial)-[:LENDS_TO {id: 'x-c', amount: 2.0, currency: 'CNY', date: '2023'}]->(a),
					       (commercial)-[:LENDS_TO {id: 'x-c2', amount: 3.0, currency: 'CNY', date: '2021'}]->(b),
					       (unknown)-[:LENDS_TO {id: 'x-u', amount: 4.0, currency: 'CNY', date: '2023'}]->(b)
					""").run();
			List<String> groupBy = List.of("CHANNEL");
			List<Map<String, Object>> groups = this.queries.run("capital-flows",
					Analysis.parameters("groupBy", groupBy, "exclude", List.of()));
			Map<String, List<String>> facts = new TreeMap<>();
			for (Map<String, Object> group : groups) {
				String channel = (String) group.get("channel");
				List<String> ids = this.queries
					.run("capital-flow-facts",
							Analysis.parameters("groupBy", groupBy, "channel", channel, "tier", null, "year", null,
									"province", null, "exchange", null, "currency", group.get("currency"), "exclude",
									List.of(), "after", null, "limit", 1000))
					.stream()
					.map(row -> (String) ((Map<?, ?>) row.get("relationship")).get("id"))
					.toList();
				assertThat(ids).as(channel).hasSize(((Number) group.get("flows")).intValue());
				facts.put(channel, ids);
			}
			// The fixture's loan b-b is from the state bank too.
			assertThat(facts).containsEntry("STATE_BANK_LOAN", List.of("b-b", "x-s"))
				.containsEntry("COMMERCIAL_BANK_LOAN", List.of("x-c", "x-c2", "x-u"));
		});
	}

}
