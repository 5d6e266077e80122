package io.littlegiants.kb.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.NonNullableValueCoercedAsNullException;
import graphql.schema.DataFetchingEnvironment;
import io.littlegiants.kb.common.InvalidInputException;
import io.littlegiants.kb.common.NotFoundException;
import io.littlegiants.kb.supplychain.RelationshipListTooLongException;
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
 * running queries may hold) or a whole list was too long to read, INTERNAL_ERROR
 * otherwise (the details go to the log, not to the caller).
 */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

	/** How graphql-java names the argument in its coercion errors. */
	private static final Pattern ARGUMENT_NAMED = Pattern.compile("^Argument '([^']+)'");

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
		if (ex instanceof NonNullableValueCoercedAsNullException) {
			// A variable sent as null where the schema's argument is non-null with a
			// default (first: Int! = 100): leaving it out would have used the default.
			Map<String, Object> extensions = new LinkedHashMap<>(Map.of("code", ErrorCodes.BAD_USER_INPUT));
			Matcher argument = ARGUMENT_NAMED.matcher(ex.getMessage());
			if (argument.find()) {
				extensions.put("argument", argument.group(1));
			}
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(ex.getMessage() + "; leave the argument out to use its default")
				.extensions(extensions)
				.build();
		}
		if (ex instanceof RelationshipListTooLongException tooLong) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(graphql.ErrorType.ExecutionAborted)
				.message(("%1$s has %2$,d relationships of kind %3$s, more than one list may hold (%4$,d, "
						+ "kb.graphql.limits.max-list-size): page through them with relationships(kind: %3$s, first: 100)")
					.formatted(tooLong.organizationId(), tooLong.size(), tooLong.kind(), tooLong.max()))
				.extensions(Map.of("code", RequestLimits.QUERY_TOO_COMPLEX, "limit", "maxListSize", "value",
						tooLong.size(), "max", tooLong.max()))
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
