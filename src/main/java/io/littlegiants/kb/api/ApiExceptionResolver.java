package io.littlegiants.kb.api;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.littlegiants.kb.common.InvalidInputException;
import io.littlegiants.kb.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into GraphQL errors with a clear message and a machine-readable
 * {@code extensions.code}: NOT_FOUND for arguments naming nothing in the graph,
 * BAD_USER_INPUT for other bad arguments, QUERY_TOO_COMPLEX with the limit named when the
 * database stopped the work (the request's time, a transaction's timeout, the memory all
 * running queries may hold), INTERNAL_ERROR otherwise (the details go to the log, not to
 * the caller).
 */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof NotFoundException notFound) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.NOT_FOUND)
				.message(notFound.getMessage())
				.extensions(Map.of("code", ErrorCodes.NOT_FOUND, "argument", notFound.argument()))
				.build();
		}
		if (ex instanceof InvalidInputException invalid) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(invalid.getMessage())
				.extensions(Map.of("code", ErrorCodes.BAD_USER_INPUT, "argument", invalid.argument()))
				.build();
		}
		String limit = DatabaseLimits.hit(ex);
		if (limit != null) {
			log.info("Stopped fetching {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
			return GraphqlErrorBuilder.newError(env)
				.errorType(graphql.ErrorType.ExecutionAborted)
				.message(DatabaseLimits.message(limit))
				.extensions(Map.of("code", RequestLimits.QUERY_TOO_COMPLEX, "limit", limit))
				.build();
		}
		log.error("Failed to fetch {}", env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error while fetching " + env.getExecutionStepInfo().getPath()
					+ "; the server log has the details")
			.extensions(Map.of("code", ErrorCodes.INTERNAL_ERROR))
			.build();
	}

}
