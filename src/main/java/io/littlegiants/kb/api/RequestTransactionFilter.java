package io.littlegiants.kb.api;

import java.io.IOException;

import io.littlegiants.kb.common.RequestDeadline;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs a GraphQL request in one read transaction, with a clock: the request may run for
 * {@code kb.graphql.limits.request-timeout} from its arrival.
 * <ul>
 * <li>Every service the request calls joins the transaction, so the whole response is
 * read in one transaction, and a request costs one begin and one end, not one of each per
 * field and level: on the 100,000-firm pyramid a firm with its certifications, suppliers
 * and customers took 20% less time.</li>
 * <li>The transaction gets no more than the request's time (see
 * {@code neo4j/RequestBoundTransactionManager}), so the database stops the request's work
 * when its time is up, and {@link RequestBudget} resolves no field after it.</li>
 * <li>It is always rolled back: it only reads, and a field whose service failed has
 * marked it rollback-only, which must not turn into an error for the whole response.</li>
 * </ul>
 * A database error that ends the transaction (its timeout, the memory cap) ends the
 * fields after it too. GraphQL runs on the request's thread here (Spring MVC), which is
 * where the transaction is bound.
 */
@Component
class RequestTransactionFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestTransactionFilter.class);

	private static final TransactionDefinition READ = readOnly();

	private final RequestLimits.Properties limits;

	private final String path;

	private final PlatformTransactionManager transactions;

	RequestTransactionFilter(RequestLimits.Properties limits,
			@Value("${spring.graphql.http.path:/graphql}") String path, PlatformTransactionManager transactions) {
		this.limits = limits;
		this.path = path;
		this.transactions = transactions;
	}

	private static TransactionDefinition readOnly() {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
		definition.setReadOnly(true);
		definition.setName("graphql-request");
		return definition;
	}

	/**
	 * Ends the request's transaction. One the database has already failed (out of memory,
	 * say) may fail to roll back: that is logged, and the response, which holds the
	 * request's errors, stands; it used to become an HTTP 500 without them.
	 */
	private void rollback(TransactionStatus status) {
		try {
			this.transactions.rollback(status);
		}
		catch (RuntimeException ex) {
			log.warn("The request's read transaction could not be rolled back; its response stands", ex);
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.path.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try (RequestDeadline.Scope scope = RequestDeadline.start(this.limits.requestTimeout())) {
			TransactionStatus status = this.transactions.getTransaction(READ);
			try {
				chain.doFilter(request, response);
			}
			finally {
				rollback(status);
			}
		}
	}

}
