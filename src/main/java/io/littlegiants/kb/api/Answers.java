package io.littlegiants.kb.api;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironment;
import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.InvalidInputException;
import io.littlegiants.kb.coverage.Coverage;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * An analytic answer travels with its coverage. The controller that computes the answer
 * knows its scope, so it leaves the coverage, not yet computed, in the request's context
 * under the answer's place in the response; the answer's {@code coverage} field computes
 * it only when a client asks for it.
 */
final class Answers {

	/** Largest number of rows any analytic list returns at once. */
	static final int MAX_ROWS = 500;

	private Answers() {
	}

	/**
	 * The answer, leaving behind the coverage its {@code coverage} field returns.
	 * @param environment the environment of the field the answer is for
	 */
	static <T> T withCoverage(DataFetchingEnvironment environment, T answer, Supplier<Coverage> coverage) {
		environment.getGraphQlContext().put(key(environment.getExecutionStepInfo().getPath()), coverage);
		return answer;
	}

	/** The rows asked for with {@code first}, checked against 1..{@link #MAX_ROWS}. */
	static int rows(int first) {
		if (first < 1 || first > MAX_ROWS) {
			throw new InvalidInputException("first", "first must be between 1 and " + MAX_ROWS + ", was " + first);
		}
		return first;
	}

	/**
	 * A makersPerCode argument checked: 0 (only the counts) to the most rows a list may
	 * return.
	 */
	static int makersPerCode(int makersPerCode) {
		if (makersPerCode < 0 || makersPerCode > MAX_ROWS) {
			throw new InvalidInputException("makersPerCode",
					"makersPerCode must be between 0 and " + MAX_ROWS + ", was " + makersPerCode);
		}
		return makersPerCode;
	}

	/** The names of the confidences an excludeConfidence argument lists, once each. */
	static List<String> excluded(Collection<Confidence> excludeConfidence) {
		return excludeConfidence.stream().distinct().map(Confidence::name).toList();
	}

	/** Unique per field of a response: aliases make the paths of two answers differ. */
	private static String key(ResultPath answerPath) {
		return Answers.class.getName() + answerPath;
	}

	/**
	 * The {@code coverage} field of every analytic answer; self-describing, so that the
	 * schema inspection checks Coverage too.
	 */
	static final class CoverageFetcher implements SelfDescribingDataFetcher<Coverage> {

		@Override
		public Coverage get(DataFetchingEnvironment environment) {
			Supplier<Coverage> coverage = environment.getGraphQlContext()
				.get(key(environment.getExecutionStepInfo().getParent().getPath()));
			if (coverage == null) {
				throw new IllegalStateException("An answer of type " + environment.getParentType()
						+ " was returned without its coverage: return it through Answers.withCoverage");
			}
			return coverage.get();
		}

		@Override
		public String getDescription() {
			return "Answers.CoverageFetcher";
		}

		@Override
		public ResolvableType getReturnType() {
			return ResolvableType.forClass(Coverage.class);
		}

	}

}
