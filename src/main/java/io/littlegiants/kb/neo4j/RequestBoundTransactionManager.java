package io.littlegiants.kb.neo4j;

import java.util.OptionalLong;

import io.littlegiants.kb.common.RequestDeadline;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.DelegatingTransactionDefinition;

/**
 * Gives a transaction opened for a request with a {@link RequestDeadline} no more time
 * than the request has left: its timeout goes to the database with the transaction
 * (Neo4j's client-side timeout), so the database terminates the work when the request's
 * time is up, on the embedded database and on an external server alike. Without a
 * deadline, or when the transaction's own timeout is shorter, the transaction is opened
 * as asked. A transaction asked for after the deadline is refused.
 */
final class RequestBoundTransactionManager implements PlatformTransactionManager {

	private final PlatformTransactionManager delegate;

	private final int defaultTimeoutSeconds;

	/**
	 * @param delegate the transaction manager that opens the transactions
	 * @param defaultTimeoutSeconds the delegate's timeout for a transaction that sets
	 * none, or {@link TransactionDefinition#TIMEOUT_DEFAULT}
	 */
	RequestBoundTransactionManager(PlatformTransactionManager delegate, int defaultTimeoutSeconds) {
		this.delegate = delegate;
		this.defaultTimeoutSeconds = defaultTimeoutSeconds;
	}

	@Override
	public TransactionStatus getTransaction(TransactionDefinition definition) throws TransactionException {
		TransactionDefinition asked = (definition != null) ? definition : TransactionDefinition.withDefaults();
		OptionalLong remaining = RequestDeadline.remainingNanos();
		if (remaining.isEmpty()) {
			return this.delegate.getTransaction(asked);
		}
		if (remaining.getAsLong() <= 0) {
			throw new TransactionTimedOutException("The request's time is up; no transaction is opened for it");
		}
		// Timeouts are whole seconds: round up, so a transaction is never refused time
		// the request still has.
		int left = (int) Math.min(Integer.MAX_VALUE, (remaining.getAsLong() + 999_999_999L) / 1_000_000_000L);
		int own = (asked.getTimeout() != TransactionDefinition.TIMEOUT_DEFAULT) ? asked.getTimeout()
				: this.defaultTimeoutSeconds;
		if (own != TransactionDefinition.TIMEOUT_DEFAULT && own <= left) {
			return this.delegate.getTransaction(asked);
		}
		return this.delegate.getTransaction(new DelegatingTransactionDefinition(asked) {
			@Override
			public int getTimeout() {
				return left;
			}
		});
	}

	@Override
	public void commit(TransactionStatus status) throws TransactionException {
		this.delegate.commit(status);
	}

	@Override
	public void rollback(TransactionStatus status) throws TransactionException {
		this.delegate.rollback(status);
	}

}
