package io.littlegiants.kb.ingest.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.Harness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.summary.Plan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each step of {@code remove-synthetic} hands its matches to its batches as it finds
 * them. A step whose matches the planner must keep before the first deletion (an Eager
 * outside the batches) holds them all in one transaction: at 1.1 million firms, counting
 * a node's links outside its batch did that, and the removal stopped on the 512 MB the
 * transactions may hold together.
 */
class SyntheticDataPlanTests {

	@RegisterExtension
	static final Harness harness = Harness.withSchema();

	@Test
	void everyStepStreamsItsMatchesIntoItsBatches() {
		assertThat(SyntheticData.steps()).hasSizeGreaterThan(5).allSatisfy(step -> {
			Plan plan = explain(step.statement());
			List<String> outside = outsideTheBatches(plan);
			assertThat(outside).as(step.description()).contains("TransactionForeach").doesNotContain("Eager");
		});
	}

	@Test
	void theTestWouldSeeAStepThatKeepsItsMatches() {
		Plan plan = explain("""
				MATCH (n) WHERE NOT n:Source AND all(id IN n.sourceIds WHERE id IN $ids) AND COUNT { (n)--() } <= 10
				CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
				""");
		assertThat(outsideTheBatches(plan)).contains("Eager");
	}

	private static Plan explain(String statement) {
		try (var session = harness.driver().session()) {
			return session.run("EXPLAIN " + statement, Map.of("ids", List.of("src-syn"))).consume().plan();
		}
	}

	/** The operators that feed the batches: not those each batch runs. */
	private static List<String> outsideTheBatches(Plan plan) {
		List<String> operators = new ArrayList<>();
		collect(plan, operators);
		return operators;
	}

	private static void collect(Plan plan, List<String> operators) {
		String operator = plan.operatorType().replaceFirst("@.*", "");
		operators.add(operator);
		boolean batches = operator.startsWith("TransactionForeach") || operator.startsWith("TransactionApply");
		// A batched subquery's first child is its input; the second, what each batch
		// runs.
		List<? extends Plan> children = batches ? plan.children().subList(0, 1) : plan.children();
		children.forEach(child -> collect(child, operators));
	}

}
