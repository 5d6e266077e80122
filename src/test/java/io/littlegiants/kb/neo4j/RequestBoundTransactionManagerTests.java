package io.littlegiants.kb.neo4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.littlegiants.kb.common.RequestDeadline;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which timeout a transaction is opened with, with and without a request's deadline.
 */
class RequestBoundTransactionManagerTests {

	/** The timeouts of the transactions opened, as the database would be told. */
	final List<Integer> opened = new ArrayList<>();

	final PlatformTransactionManager manager = new RequestBoundTransactionManager(new Recording(), 60);

	@Test
	void withoutADeadlineATransactionIsOpenedAsAsked() {
		this.manager.getTransaction(withTimeout(TransactionDefinition.TIMEOUT_DEFAULT));
		this.manager.getTransaction(withTimeout(300));
		assertThat(this.opened).containsExactly(TransactionDefinition.TIMEOUT_DEFAULT, 300);
	}

	@Test
	void aTransactionGetsNoMoreThanTheRequestHasLeftRoundedUpToASecond() {
		try (RequestDeadline.Scope scope = RequestDeadline.start(Duration.ofMillis(4_500))) {
			this.manager.getTransaction(withTimeout(TransactionDefinition.TIMEOUT_DEFAULT));
			this.manager.getTransaction(withTimeout(300));
			this.manager.getTransaction(null);
			// its own, shorter timeout stands
			this.manager.getTransaction(withTimeout(2));
		}
		assertThat(this.opened).hasSize(4).element(3).isEqualTo(2);
		assertThat(this.opened.subList(0, 3)).allSatisfy(seconds -> assertThat(seconds).isBetween(1, 5));
		this.manager.getTransaction(withTimeout(TransactionDefinition.TIMEOUT_DEFAULT));
		assertThat(this.opened).last().isEqualTo(TransactionDefinition.TIMEOUT_DEFAULT);
	}

	@Test
	void noTransactionIsOpenedOnceTheRequestsTimeIsUp() {
		try (RequestDeadline.Scope scope = RequestDeadline.start(Duration.ofNanos(-1))) {
			assertThatExceptionOfType(TransactionTimedOutException.class)
				.isThrownBy(() -> this.manager.getTransaction(withTimeout(TransactionDefinition.TIMEOUT_DEFAULT)));
		}
		assertThat(this.opened).isEmpty();
	}

	private static TransactionDefinition withTimeout(int seconds) {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
		definition.setTimeout(seconds);
		return definition;
	}

	private final class Recording implements PlatformTransactionManager {

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			RequestBoundTransactionManagerTests.this.opened.add(definition.getTimeout());
			return new SimpleTransactionStatus();
		}

		@Override
		public void commit(TransactionStatus status) {
		}

		@Override
		public void rollback(TransactionStatus status) {
		}

	}

}
