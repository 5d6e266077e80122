package io.littlegiants.kb.ingest;

import io.littlegiants.kb.common.CypherScript;
import org.neo4j.driver.Driver;
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

	private final Driver driver;

	SchemaInitializer(Driver driver) {
		this.driver = driver;
	}

	public void apply() {
		int count = 0;
		try (var session = driver.session()) {
			for (CypherScript script : CypherScript.allIn("schema")) {
				for (String statement : script.statements()) {
					session.run(statement).consume();
					count++;
				}
			}
			// Queries must not race index population on a fresh store.
			session.run("CALL db.awaitIndexes(300)").consume();
		}
		log.info("Schema applied: {} statements", count);
	}

}
