package io.littlegiants.kb.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers kept per state of the data, on the fixture graph of {@code AnalyticsTests}
 * (the same context). Isolated: it changes a certification for a moment, which no other
 * class may see.
 */
@GraphQlHttpTest
@TestDatabase(fixture = "fixtures/analytics.cypher")
@Isolated
class AnswerCacheTests {

	private static final String FUNNEL = "{ cultivationFunnel(asOf: \"2024-12-31\") { tiers { activeFirms } } }";

	/** The firm list's count is kept too: cn-a's Little Giant title is active to 2099. */
	private static final String ACTIVE_LITTLE_GIANTS = """
			{ firms(filter: {tier: LITTLE_GIANT, certificationStatus: ACTIVE}, first: 0) { totalCount } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	NamedQueries queries;

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aQuestionAskedAgainOnTheSameDataIsAnsweredFromTheCache() {
		Map<String, Object> parameters = Analysis.parameters("asOf", LocalDate.of(2024, 12, 31), "level", null,
				"provinceCode", null, "sector", null, "exclude", List.of());
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		List<Map<String, Object>> first = transaction
			.execute(status -> this.queries.runCached("cultivation-funnel", parameters));
		List<Map<String, Object>> again = transaction
			.execute(status -> this.queries.runCached("cultivation-funnel", parameters));
		List<Map<String, Object>> computed = transaction
			.execute(status -> this.queries.run("cultivation-funnel", parameters));
		assertThat((Object) again).isSameAs(first);
		assertThat((Object) first).as("the rows the query gives").isEqualTo(computed);
	}

	@Test
	void aWriteByHandInCypherIsSeenByTheNextAnswer() {
		// On 2024-12-31 cn-a's Little Giant title is active and cn-b's expired in 2003.
		expect(FUNNEL, "cultivationFunnel.tiers[2].activeFirms", 1);
		expect(ACTIVE_LITTLE_GIANTS, "firms.totalCount", 1);
		try {
			this.client.query("MATCH (c:Certification {id: 'cert-b'}) SET c.validUntil = date('2030-12-31')").run();
			expect(FUNNEL, "cultivationFunnel.tiers[2].activeFirms", 2);
			expect(ACTIVE_LITTLE_GIANTS, "firms.totalCount", 2);
		}
		finally {
			this.client.query("MATCH (c:Certification {id: 'cert-b'}) SET c.validUntil = date('2003-12-31')").run();
		}
		expect(FUNNEL, "cultivationFunnel.tiers[2].activeFirms", 1);
		expect(ACTIVE_LITTLE_GIANTS, "firms.totalCount", 1);
	}

	private void expect(String document, String path, int value) {
		this.graphQl.document(document).execute().path(path).entity(Integer.class).isEqualTo(value);
	}

	@Test
	void keptOrdersLeaveTheAnswersBe(@Autowired Driver driver) {
		// A cache of 100 values: an answer of 3, then orders of 10 values each, 200 in
		// all.
		AnswerCache small = new AnswerCache(driver, new AnswerCache.Properties(100L),
				new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
		Set<Bookmark> state = small.state();
		List<Map<String, Object>> answer = List.of(Map.of("n", 1));
		assertThat(small.answer(state, "a question", Map.of(), () -> answer)).isSameAs(answer);
		for (int i = 0; i < 20; i++) {
			String id = "firm-" + i;
			small.order(state, "an order " + i, Map.of(), () -> List.of(Map.of("id", id, "key", id),
					Map.of("id", id + "b", "key", id + "b"), Map.of("id", id + "c", "key", id + "c")));
		}
		assertThat(small.answer(state, "a question", Map.of(), () -> List.of())).as("still kept").isSameAs(answer);
		// An order larger than a tenth of its cache is not kept: computed each time.
		List<Map<String, Object>> large = List.of(Map.of("id", "x", "key", "x"), Map.of("id", "y", "key", "y"),
				Map.of("id", "z", "key", "z"), Map.of("id", "w", "key", "w"));
		small.order(state, "a large order", Map.of(), () -> large);
		assertThat(small.order(state, "a large order", Map.of(), () -> List.of())).isEmpty();
		assertThat(small.keeps(10)).isTrue();
		assertThat(small.keeps(11)).isFalse();
	}

	@Test
	void anAnswerWeighsTheValuesItHolds() {
		assertThat(AnswerCache.values(List.of(Map.of("a", 1, "b", List.of("x", "y")), Map.of()))).isEqualTo(7);
	}

}
