package io.littlegiants.kb.api;

import java.util.Set;

import io.littlegiants.kb.common.DatabaseFailure;
import io.littlegiants.kb.common.RequestDeadline;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.transaction.TransactionTimedOutException;

/**
 * Which bound stopped a request's database work, read from the exception: the database
 * terminates a transaction past its timeout or over the memory running transactions may
 * hold together, and says so by a status code.
 */
final class DatabaseLimits {

	static final String REQUEST_TIMEOUT = "requestTimeout";

	static final String TRANSACTION_TIMEOUT = "transactionTimeout";

	static final String TRANSACTION_MEMORY = "transactionMemory";

	private static final Set<String> TIMED_OUT = Set.of("Neo.ClientError.Transaction.TransactionTimedOut",
			"Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
			"Neo.ClientError.Transaction.Terminated", "Neo.TransientError.Transaction.Terminated");

	private DatabaseLimits() {
	}

	/**
	 * The limit {@code failure} reports, or null when it is not a limit.
	 */
	static String hit(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TransactionTimedOutException) {
				return REQUEST_TIMEOUT;
			}
			if (cause instanceof Neo4jException neo4j) {
				if (DatabaseFailure.outOfMemory(neo4j)) {
					return TRANSACTION_MEMORY;
				}
				if (TIMED_OUT.contains(neo4j.code())) {
					// A transaction of a request whose time is up was given what the
					// request had left: the request's limit, not the transaction's.
					return RequestDeadline.passed() ? REQUEST_TIMEOUT : TRANSACTION_TIMEOUT;
				}
			}
		}
		return null;
	}

	static String message(String limit) {
		return switch (limit) {
			case REQUEST_TIMEOUT -> "The request ran out of time (kb.graphql.limits.request-timeout) and its "
					+ "database work was stopped. Ask for less at once: fewer levels, aliases or items (first).";
			case TRANSACTION_TIMEOUT -> "A database query ran past its timeout (spring.transaction.default-timeout; "
					+ "on the embedded database also kb.embedded.transaction-timeout) and was stopped. Ask for less "
					+ "at once: fewer levels, aliases or items (first).";
			case TRANSACTION_MEMORY -> "A database query needed more memory than the running queries may hold "
					+ "together (kb.embedded.transaction-memory, or dbms.memory.transaction.total.max on an external "
					+ "server) and was stopped. Ask for less at once, or try again when the server is less busy.";
			default -> throw new IllegalArgumentException(limit);
		};
	}

}
