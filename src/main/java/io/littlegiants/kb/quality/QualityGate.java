package io.littlegiants.kb.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.CypherScript;
import io.littlegiants.kb.common.MaintenanceWork;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.stereotype.Component;

/**
 * Runs every invariant under {@code cypher/checks/} on the configured database. Each
 * check returns one row per violation, in a column {@code violation}, so a reader can
 * look up every one of them.
 */
@Component
public class QualityGate {

	private final Driver driver;

	QualityGate(Driver driver) {
		this.driver = driver;
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
		if (script.statements().size() != 1) {
			throw new IllegalStateException("cypher/checks/" + script.name() + " must hold exactly one statement");
		}
		// Streamed: a graph with a million violations keeps only the examples in memory.
		List<String> shown = new ArrayList<>();
		int count = 0;
		try (var session = this.driver
			.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			// Each check reads the whole graph: at 1.1 million firms up to 31 s on a fast
			// machine, and the timeout that bounds a request's transaction is 60 s.
			var result = session.run(script.statements().get(0), Map.of("today", today.toString()),
					MaintenanceWork.TRANSACTION);
			while (result.hasNext()) {
				String violation = result.next().get("violation").asString();
				if (count++ < examples) {
					shown.add(violation);
				}
			}
		}
		String check = script.name().replaceFirst("^\\d+-", "").replaceFirst("\\.cypher$", "");
		String invariant = script.header().replaceFirst("(?<=\\.) .*", "");
		return new Violations(check, invariant, count, List.copyOf(shown));
	}

}
