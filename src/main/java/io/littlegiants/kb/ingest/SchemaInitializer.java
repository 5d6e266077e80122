package io.littlegiants.kb.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.littlegiants.kb.common.CypherScript;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Applies the constraint and index scripts under {@code cypher/schema/}. Every statement
 * is idempotent, so this runs on every start, against embedded and external databases
 * alike.
 */
@Component
public class SchemaInitializer {

	private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

	/**
	 * Creating a constraint populates its index in the statement's own transaction: on a
	 * store of millions of nodes (after bulk-load) that takes minutes, past the timeout
	 * every other transaction has. The client's timeout overrides the server's.
	 */
	private static final TransactionConfig SCHEMA_WORK = TransactionConfig.builder()
		.withTimeout(Duration.ofHours(2))
		.build();

	private final Driver driver;

	SchemaInitializer(Driver driver) {
		this.driver = driver;
	}

	public void apply() {
		List<String> statements = statements();
		try (var session = this.driver.session()) {
			statements.forEach(statement -> session.run(statement, SCHEMA_WORK).consume());
		}
		log.info("Schema applied: {} statements", statements.size() - 1);
	}

	/**
	 * Every statement of {@code cypher/schema/}, in order, then a wait for the indexes:
	 * queries must not race index population on a fresh store.
	 */
	public static List<String> statements() {
		List<String> statements = new ArrayList<>();
		CypherScript.allIn("schema").forEach(script -> statements.addAll(script.statements()));
		statements.add("CALL db.awaitIndexes(7200)");
		return statements;
	}

}
