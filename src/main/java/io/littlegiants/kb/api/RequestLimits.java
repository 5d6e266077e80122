package io.littlegiants.kb.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Every request is checked before it runs: its depth, its aliases and its cost. A small
 * document can otherwise ask for a supply network sixteen levels deep or a thousand
 * analyses at once. A rejected request gets one error naming the limit, the request's
 * value and the property that sets it, with code {@code QUERY_TOO_COMPLEX}.
 *
 * <p>
 * The cost model: every field costs 1 plus its children's cost, times how many results it
 * can return: its {@code first} argument where it has one (as given, or its default),
 * else {@code list-fan-out} for a list; the items of a paged field (a connection's
 * {@code edges}, an answer's {@code items}) are not counted twice. An analytic question
 * costs {@code analytic-cost} more. The sums saturate instead of overflowing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.Properties.class)
class RequestLimits {

	static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";

	/**
	 * The limits, as {@code kb.graphql.limits.*} properties.
	 *
	 * @param maxDepth deepest nesting of fields (fragments expanded)
	 * @param maxAliases aliased fields in one document
	 * @param maxCost the cost model's ceiling
	 * @param listFanOut results a list without {@code first} is assumed to return
	 * @param analyticCost the extra cost of each analytic question
	 * @param requestTimeout how long a request may run before no further field is
	 * resolved
	 * @param maxResultFields how many fields a response may hold
	 * @param maxResponseSize how large a response may grow, as JSON
	 * @param maxListSize how many relationships one organization's whole list (its
	 * {@code suppliers}, say) may hold; a longer one is paged with {@code relationships}
	 */
	@ConfigurationProperties("kb.graphql.limits")
	record Properties(Integer maxDepth, Integer maxAliases, Integer maxCost, Integer listFanOut, Integer analyticCost,
			Duration requestTimeout, Long maxResultFields, DataSize maxResponseSize, Integer maxListSize) {

		Properties {
			maxDepth = (maxDepth != null) ? maxDepth : 15;
			maxAliases = (maxAliases != null) ? maxAliases : 100;
			maxCost = (maxCost != null) ? maxCost : 5_000_000;
			listFanOut = (listFanOut != null) ? listFanOut : 20;
			analyticCost = (analyticCost != null) ? analyticCost : 1_000;
			requestTimeout = (requestTimeout != null) ? requestTimeout : Duration.ofSeconds(60);
			maxResultFields = (maxResultFields != null) ? maxResultFields : 1_000_000L;
			maxResponseSize = (maxResponseSize != null) ? maxResponseSize : DataSize.ofMegabytes(16);
			maxListSize = (maxListSize != null) ? maxListSize : 10_000;
		}

	}

	@Bean
	MaxQueryDepthInstrumentation depthLimit(Properties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth(), info -> {
			throw tooComplex("maxDepth", info.getDepth(), limits.maxDepth(), "levels deep", "max-depth");
		});
	}

	@Bean
	MaxQueryComplexityInstrumentation costLimit(Properties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxCost(), new Cost(limits), info -> {
			throw tooComplex("maxCost", info.getComplexity(), limits.maxCost(), "of cost", "max-cost");
		});
	}

	@Bean
	RequestBudget requestBudget(Properties limits) {
		return new RequestBudget(limits.requestTimeout(), limits.maxResultFields(), limits.maxResponseSize().toBytes());
	}

	@Bean
	AliasLimit aliasLimit(Properties limits) {
		return new AliasLimit(limits.maxAliases());
	}

	static AbortExecutionException tooComplex(String limit, long value, long max, String what, String property) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.errorType(ErrorType.ExecutionAborted)
			.message("The request is %,d %s; the limit is %,d (kb.graphql.limits.%s). Ask for less at once: fewer "
				.formatted(value, what, max, property) + "levels, aliases or items (first), or page through.")
			.extensions(Map.of("code", QUERY_TOO_COMPLEX, "limit", limit, "value", value, "max", max))
			.build();
		return new AbortExecutionException(List.of(error));
	}

	/** The cost model above, as graphql-java's complexity calculator. */
	static final class Cost implements FieldComplexityCalculator {

		private static final Set<String> ANSWERS = Set.copyOf(GraphQlConfiguration.ANSWERS);

		private final Properties limits;

		Cost(Properties limits) {
			this.limits = limits;
		}

		@Override
		public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
			GraphQLType type = GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType());
			long results = 1;
			if (environment.getArguments().get("first") instanceof Number first) {
				results = Math.max(1, first.longValue());
			}
			else if (type instanceof GraphQLList && !pagedByParent(environment)) {
				results = this.limits.listFanOut();
			}
			long cost = 1 + results * childComplexity;
			if (ANSWERS.contains(GraphQLTypeUtil.unwrapAll(type).getName())) {
				cost += this.limits.analyticCost();
			}
			return (int) Math.min(cost, Integer.MAX_VALUE);
		}

		private static boolean pagedByParent(FieldComplexityEnvironment environment) {
			FieldComplexityEnvironment parent = environment.getParentEnvironment();
			return parent != null && parent.getArguments().containsKey("first");
		}

	}

	/** Counts the aliased fields of a document, fragments included once each. */
	static final class AliasLimit extends SimplePerformantInstrumentation {

		private final int maxAliases;

		AliasLimit(int maxAliases) {
			this.maxAliases = maxAliases;
		}

		@Override
		public InstrumentationContext<List<ValidationError>> beginValidation(
				InstrumentationValidationParameters parameters, InstrumentationState state) {
			int aliases = aliases(parameters.getDocument());
			if (aliases > this.maxAliases) {
				throw tooComplex("maxAliases", aliases, this.maxAliases, "aliases", "max-aliases");
			}
			return SimpleInstrumentationContext.noOp();
		}

		private static int aliases(Document document) {
			int count = 0;
			for (Node<?> definition : document.getDefinitions()) {
				if (definition instanceof OperationDefinition operation) {
					count += aliases(operation.getSelectionSet());
				}
				else if (definition instanceof FragmentDefinition fragment) {
					count += aliases(fragment.getSelectionSet());
				}
			}
			return count;
		}

		private static int aliases(SelectionSet selections) {
			if (selections == null) {
				return 0;
			}
			int count = 0;
			for (Node<?> selection : selections.getSelections()) {
				if (selection instanceof Field field) {
					count += ((field.getAlias() != null) ? 1 : 0) + aliases(field.getSelectionSet());
				}
				else if (selection instanceof InlineFragment inline) {
					count += aliases(inline.getSelectionSet());
				}
				else if (!(selection instanceof FragmentSpread)) {
					throw new IllegalStateException("unexpected selection " + selection);
				}
			}
			return count;
		}

	}

}
