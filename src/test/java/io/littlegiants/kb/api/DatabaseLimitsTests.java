package io.littlegiants.kb.api;

import java.time.Duration;

import io.littlegiants.kb.common.RequestDeadline;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.InvalidDataAccessResourceUsageException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which limit a database failure names; the codes are the database's own (see
 * EmbeddedRestartTests, which provokes them).
 */
class DatabaseLimitsTests {

	static final ClientException TIMED_OUT = new ClientException("Neo.ClientError.Transaction.TransactionTimedOut",
			"The transaction has not completed within the timeout specified at its start");

	@Test
	void aTimeoutIsTheTransactionsUnlessTheRequestsTimeIsUp() {
		// as Spring Data Neo4j hands it on
		Exception translated = new InvalidDataAccessResourceUsageException("translated", TIMED_OUT);
		assertThat(DatabaseLimits.hit(translated)).isEqualTo("transactionTimeout");
		try (RequestDeadline.Scope scope = RequestDeadline.start(Duration.ofNanos(-1))) {
			assertThat(DatabaseLimits.hit(translated)).isEqualTo("requestTimeout");
		}
	}

	@Test
	void memoryAndOtherFailures() {
		assertThat(DatabaseLimits.hit(new TransientException("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
				"The allocation of an extra 2.0 MiB would use more than the limit 10.0 MiB")))
			.isEqualTo("transactionMemory");
		assertThat(DatabaseLimits.hit(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad"))).isNull();
		assertThat(DatabaseLimits.hit(new IllegalStateException("other"))).isNull();
		assertThat(DatabaseLimits.message("transactionMemory")).contains("kb.embedded.transaction-memory");
	}

}
