package io.littlegiants.kb.api;

import java.io.IOException;

import io.littlegiants.kb.common.RequestDeadline;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Starts the clock of a GraphQL request: {@code kb.graphql.limits.request-timeout} from
 * its arrival. {@link RequestBudget} resolves no field past that time, and every database
 * transaction the request opens is given no more than what is left of it, so the database
 * itself stops the request's work when its time is up (see
 * {@code neo4j/RequestBoundTransactionManager}).
 */
@Component
class RequestDeadlineFilter extends OncePerRequestFilter {

	private final RequestLimits.Properties limits;

	private final String path;

	RequestDeadlineFilter(RequestLimits.Properties limits, @Value("${spring.graphql.http.path:/graphql}") String path) {
		this.limits = limits;
		this.path = path;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.path.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try (RequestDeadline.Scope scope = RequestDeadline.start(this.limits.requestTimeout())) {
			chain.doFilter(request, response);
		}
	}

}
