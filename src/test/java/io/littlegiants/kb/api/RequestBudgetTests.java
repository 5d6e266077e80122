package io.littlegiants.kb.api;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
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
		ExecutionResult result = run(new RequestBudget(Duration.ofMinutes(1), 20));
		assertThat(result.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).contains("kb.graphql.limits.max-result-fields");
			assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX")
				.containsEntry("limit", "maxResultFields");
		});
		assertThat(run(new RequestBudget(Duration.ofMinutes(1), 21)).getErrors()).isEmpty();
	}

	@Test
	void aRequestPastItsTimeResolvesNoFurtherField() {
		ExecutionResult result = run(new RequestBudget(Duration.ofNanos(-1), 1_000));
		assertThat(result.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("limit", "requestTimeout"));
	}

	private static ExecutionResult run(RequestBudget budget) {
		return GraphQL.newGraphQL(SCHEMA).instrumentation(budget).build().execute("{ items { a b } }");
	}

}
