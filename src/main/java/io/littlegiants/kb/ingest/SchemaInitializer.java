package io.littlegiants.kb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.CypherScript;
import io.littlegiants.kb.common.MaintenanceWork;
import io.littlegiants.kb.common.Sha256;
import io.littlegiants.kb.firm.SearchTexts;
import io.littlegiants.kb.firm.UnknownValidity;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Applies the constraint and index scripts under {@code cypher/schema/}, against embedded
 * and external databases alike. Every statement is idempotent; once all have run and the
 * indexes are online, a {@code SchemaVersion} node records the scripts' checksum, and a
 * later start with the same scripts skips them (they cost seconds on a large store). A
 * changed script changes the checksum, and every statement runs again.
 */
@Component
public class SchemaInitializer {

	private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

	private final Driver driver;

	SchemaInitializer(Driver driver) {
		this.driver = driver;
	}

	public void apply() {
		List<String> statements = statements();
		String checksum = new Sha256().text(String.join("\n;\n", statements)).hex();
		try (var session = this.driver.session()) {
			if (session
				.run("MATCH (s:SchemaVersion {checksum: $checksum}) RETURN count(s) > 0 AS applied",
						Map.of("checksum", checksum))
				.single()
				.get("applied")
				.asBoolean()) {
				log.info("Schema up to date (checksum {})", checksum.substring(0, 12));
				return;
			}
			// Creating a constraint populates its index in the statement's own
			// transaction: minutes on a bulk-loaded store.
			statements.forEach(statement -> session.run(statement, MaintenanceWork.TRANSACTION).consume());
			session
				.run("OPTIONAL MATCH (old:SchemaVersion) DELETE old WITH count(*) AS replaced "
						+ "CREATE (:SchemaVersion {checksum: $checksum, appliedAt: datetime()})",
						Map.of("checksum", checksum))
				.consume();
		}
		log.info("Schema applied: {} statements (checksum {})", statements.size() - 1, checksum.substring(0, 12));
	}

	/**
	 * Every statement of {@code cypher/schema/}, in order, then the data a new index
	 * reads, for a store written before it (the lower-cased names, the marks of titles
	 * without an end of validity), then a wait for the indexes: queries must not race
	 * index population on a fresh store.
	 */
	public static List<String> statements() {
		List<String> statements = new ArrayList<>();
		CypherScript.allIn("schema").forEach(script -> statements.addAll(script.statements()));
		statements.add(SearchTexts.UPGRADE);
		statements.add(UnknownValidity.UPGRADE);
		statements.add("CALL db.awaitIndexes(7200)");
		return statements;
	}

}
