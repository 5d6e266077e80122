package io.littlegiants.kb.supplychain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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
 * The ways {@link SupplyPathSearch} reads a tier, on the fixture graph of
 * {@code AnalyticsTests} (the same context): whole, or walked by name or through a
 * certification tier when it is large. The fixture's tiers are small, so the walks are
 * forced by a threshold of 0 edges. Upstream of cn-x: cn-a, de-e, jp-f (tier 1; jp-f by
 * two edges, s-fx and s-fx2), cn-b (2), cn-c (3).
 */
@GraphQlHttpTest
@TestDatabase(fixture = "fixtures/analytics.cypher")
class SupplyPathSearchTests {

	private static final long ALWAYS_WALKED = 0;

	private static final long NEVER_WALKED = Long.MAX_VALUE;

	@Autowired
	NamedQueries queries;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Neo4jClient client;

	@Test
	void theNameWalkFindsTheFirstFirmsOfATierByNameWithTheirEdges() {
		List<Map<String, Object>> rows = inTransaction(() -> this.queries.run("supply-paths-by-name",
				Analysis.parameters("frontier", List.of("cn-x"), "reached", List.of("cn-x"), "k", 2, "direction",
						"UPSTREAM", "asOf", null, "exclude", List.of(), "certified", false, "activeOnly", false, "day",
						LocalDate.now())));
		assertThat(rows).extracting(row -> row.get("id")).containsExactly("cn-a", "de-e");
		// Reached cn-a is not walked again; cn-x's customer cn-c is downstream, not up.
		rows = inTransaction(() -> this.queries.run("supply-paths-by-name",
				Analysis.parameters("frontier", List.of("cn-x"), "reached", List.of("cn-x", "cn-a"), "k", 5,
						"direction", "UPSTREAM", "asOf", null, "exclude", List.of(), "certified", false, "activeOnly",
						false, "day", LocalDate.now())));
		assertThat(rows).extracting(row -> row.get("id")).containsExactly("de-e", "jp-f");
		assertThat((List<?>) rows.get(1).get("edges")).hasSize(2);
	}

	@Test
	void bothWaysFindTheSamePagesAndPaths() {
		List<Question> questions = List.of(new Question(List.of("cn-x"), "UPSTREAM", null, null, false),
				new Question(List.of("cn-x", "cn-y"), "UPSTREAM", null, null, false),
				new Question(List.of("cn-c"), "DOWNSTREAM", null, null, false),
				new Question(List.of("cn-x"), "UPSTREAM", "2024-01-01", null, false),
				// Walked through the tier's certifications: cn-a (1) and cn-b (2).
				new Question(List.of("cn-x"), "UPSTREAM", null, "LITTLE_GIANT", false),
				new Question(List.of("cn-x"), "UPSTREAM", null, null, true));
		for (Question question : questions) {
			// 1: the first tier's walk fills the page; 4: it finds too few, the tier is
			// read whole, and the second tier's walk fills it; 6 (the first question):
			// nothing fills it.
			for (int limit : (question == questions.get(0)) ? List.of(1, 4, 6) : List.of(1, 4)) {
				assertThat(page(ALWAYS_WALKED, question, limit)).as(question + ", limit " + limit)
					.isEqualTo(page(NEVER_WALKED, question, limit));
			}
		}
		// What the pages are, worked out by hand.
		assertThat(page(ALWAYS_WALKED, questions.get(0), 4)).extracting(path -> path.get("firm"))
			.containsExactly("cn-a", "de-e", "jp-f", "cn-b");
		assertThat(page(ALWAYS_WALKED, questions.get(1), 3)).extracting(path -> path.get("start"))
			.containsExactly("cn-x", "cn-x", "cn-x");
		assertThat(page(ALWAYS_WALKED, questions.get(4), 6)).extracting(path -> path.get("firm"))
			.containsExactly("cn-a", "cn-b");
	}

	@Test
	void aFirmReachedByTwoEdgesTakesTheOneWithTheSmallerId() {
		for (long largeTier : List.of(ALWAYS_WALKED, NEVER_WALKED)) {
			List<String> edges = inTransaction(() -> {
				Map<String, Object> jpF = search(largeTier,
						new Question(List.of("cn-x"), "UPSTREAM", null, null, false))
					.page(List.of("cn-x"), 1, 3)
					.get(2);
				assertThat(jpF.get("firm")).isEqualTo("jp-f");
				return this.client.query("UNWIND $edges AS e MATCH ()-[r]->() WHERE elementId(r) = e RETURN r.id")
					.bind(jpF.get("edges"))
					.to("edges")
					.fetchAs(String.class)
					.all()
					.stream()
					.toList();
			});
			assertThat(edges).as("largeTier " + largeTier).containsExactly("s-fx");
		}
	}

	/** A page: per firm its start and the element ids of its path's edges. */
	private List<Map<String, Object>> page(long largeTier, Question question, int limit) {
		return inTransaction(() -> search(largeTier, question).page(question.starts(), 6, limit));
	}

	private SupplyPathSearch search(long largeTier, Question question) {
		return new SupplyPathSearch(this.queries,
				Analysis.parameters("direction", question.direction(), "tier", question.tier(), "certified",
						question.certified(), "asOf", question.asOf(), "day", LocalDate.now(), "activeOnly", false,
						"exclude", List.of()),
				largeTier);
	}

	private <T> T inTransaction(Supplier<T> work) {
		return new TransactionTemplate(this.transactions).execute(status -> work.get());
	}

	private record Question(List<String> starts, String direction, String asOf, String tier, boolean certified) {
	}

}
