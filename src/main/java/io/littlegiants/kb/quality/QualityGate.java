package io.littlegiants.kb.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.CypherScript;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Runs every invariant under {@code cypher/checks/} on the configured database. Each
 * check returns one row per violation, in a column {@code violation}, so a reader can
 * look up every one of them.
 */
@Component
public class QualityGate {

	private final Neo4jClient client;

	QualityGate(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * @param today the day dates are checked against (nothing may be dated after it)
	 * @param examples how many violations to keep per check
	 * @return one result per check, in file order
	 */
	public List<Violations> run(LocalDate today, int examples) {
		return CypherScript.allIn("checks").stream().map(script -> run(script, today, examples)).toList();
	}

	private Violations run(CypherScript script, LocalDate today, int examples) {
		List<String> found = this.client.query(String.join(";\n", script.statements()))
			.bindAll(Map.of("today", today.toString()))
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("violation").asString())
			.all()
			.stream()
			.toList();
		String check = script.name().replaceFirst("^\\d+-", "").replaceFirst("\\.cypher$", "");
		String invariant = script.header().replaceFirst("(?<=\\.) .*", "");
		return new Violations(check, invariant, found.size(), found.subList(0, Math.min(examples, found.size())));
	}

}
