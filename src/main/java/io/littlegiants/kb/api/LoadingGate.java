package io.littlegiants.kb.api;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.littlegiants.kb.ingest.DatasetState;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * While the shipped dataset loads, GraphQL requests get an error saying so
 * ({@code SERVICE_UNAVAILABLE}) instead of answers from half a graph.
 */
@Component
class LoadingGate implements WebGraphQlInterceptor {

	private final DatasetState state;

	LoadingGate(DatasetState state) {
		this.state = state;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (this.state.phase() == DatasetState.Phase.READY) {
			return chain.next(request);
		}
		String message = (this.state.phase() == DatasetState.Phase.LOADING)
				? "The shipped dataset is loading (" + this.state.detail() + "); retry when /actuator/health is UP"
				: "The server has no complete data: " + this.state.detail();
		ExecutionResult result = ExecutionResultImpl.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.message(message)
				.errorType(ErrorClassification.errorClassification("SERVICE_UNAVAILABLE"))
				.extensions(Map.of("code", ErrorCodes.SERVICE_UNAVAILABLE))
				.build())
			.build();
		return Mono
			.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
	}

}
