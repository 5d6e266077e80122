package io.littlegiants.kb.api;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.littlegiants.kb.common.RequestDeadline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget of a running request, on a small schema of its own: a list of ten items of
 * two fields each (21 fields in all with the list).
 */
class RequestBudgetTests {

	static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { items: [Item] } type Item { a: Int b: Int }"),
			RuntimeWiring.newRuntimeWiring()
				.type("Query",
						type -> type.dataFetcher("items", env -> Collections.nCopies(10, Map.of("a", 1, "b", 2))))
				.build());

	@Test
	void aResponseOfMoreFieldsThanAllowedEndsWithTheLimitNamed() {
		ExecutionResult result = run(new RequestBudget(Duration.ofMinutes(1), 20, Long.MAX_VALUE));
		assertThat(result.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).contains("kb.graphql.limits.max-result-fields");
			assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX")
				.containsEntry("limit", "maxResultFields");
		});
		assertThat(run(new RequestBudget(Duration.ofMinutes(1), 21, Long.MAX_VALUE)).getErrors()).isEmpty();
	}

	@Test
	void aRequestPastItsTimeResolvesNoFurtherField() {
		ExecutionResult result = run(new RequestBudget(Duration.ofNanos(-1), 1_000, Long.MAX_VALUE));
		assertThat(result.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("limit", "requestTimeout"));
	}

	@Test
	void theRequestsOwnDeadlineRulesWhereTheHttpLayerSetOne() {
		try (RequestDeadline.Scope scope = RequestDeadline.start(Duration.ofNanos(-1))) {
			assertThat(run(new RequestBudget(Duration.ofMinutes(1), 1_000, Long.MAX_VALUE)).getErrors()).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("limit", "requestTimeout"));
		}
		assertThat(run(new RequestBudget(Duration.ofMinutes(1), 1_000, Long.MAX_VALUE)).getErrors()).isEmpty();
	}

	@Test
	void aResponseLargerThanAllowedEndsWithTheLimitNamed() {
		// "items" 5 + 4; ten items of "a" and "b", each 1 + 4 and a one-digit value: 129
		ExecutionResult result = run(new RequestBudget(Duration.ofMinutes(1), 1_000, 100));
		assertThat(result.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).contains("kb.graphql.limits.max-response-size");
			assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX")
				.containsEntry("limit", "maxResponseSize");
		});
		assertThat(run(new RequestBudget(Duration.ofMinutes(1), 1_000, 129)).getErrors()).isEmpty();
	}

	@Test
	void valuesAreCountedAsTheirJsonText() {
		// ["汇顶",12,true] is 18 bytes; the count adds one separator per item
		assertThat(RequestBudget.jsonBytes(List.of("汇顶", 12, true))).isEqualTo(19);
		assertThat(RequestBudget.jsonBytes("a\uD83D\uDE00")).isEqualTo(1 + 4 + 2);
		assertThat(RequestBudget.jsonBytes(null)).isEqualTo(4);
	}

	private static ExecutionResult run(RequestBudget budget) {
		return GraphQL.newGraphQL(SCHEMA).instrumentation(budget).build().execute("{ items { a b } }");
	}

}
