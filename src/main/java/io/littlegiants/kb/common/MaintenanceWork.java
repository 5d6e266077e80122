package io.littlegiants.kb.common;

import java.time.Duration;

import org.neo4j.driver.TransactionConfig;

/**
 * How work an operator starts on the whole graph runs: the schema, the quality gate, the
 * removal of synthetic data. On a store of millions of nodes it takes minutes, past the
 * timeout every other transaction has ({@code kb.embedded.transaction-timeout}, 60 s by
 * default, which keeps a request from holding the database). A client's timeout overrides
 * the server's.
 */
public final class MaintenanceWork {

	/** Two hours: creating the schema's indexes on a bulk-loaded store takes minutes. */
	public static final TransactionConfig TRANSACTION = TransactionConfig.builder()
		.withTimeout(Duration.ofHours(2))
		.build();

	private MaintenanceWork() {
	}

}
