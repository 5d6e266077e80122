package io.littlegiants.kb.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.littlegiants.kb.common.CypherScript;
import io.littlegiants.kb.common.DatabaseFailure;
import io.littlegiants.kb.common.MaintenanceWork;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs every invariant under {@code cypher/checks/} on the configured database. Each
 * check returns one row per violation, in a column {@code violation}, so a reader can
 * look up every one of them. A check the database cannot run (out of memory, timed out)
 * is reported as such, with the database's message, and the others still run.
 */
@Component
public class QualityGate {

	private final Driver driver;

	private final List<CypherScript> checks;

	@Autowired
	QualityGate(Driver driver) {
		this(driver, CypherScript.allIn("checks"));
	}

	QualityGate(Driver driver, List<CypherScript> checks) {
		for (CypherScript check : checks) {
			if (check.statements().size() != 1) {
				throw new IllegalStateException("cypher/checks/" + check.name() + " must hold exactly one statement");
			}
		}
		this.driver = driver;
		this.checks = List.copyOf(checks);
	}

	/**
	 * @param today the day dates are checked against (nothing may be dated after it)
	 * @param examples how many violations to keep per check
	 * @return one result per check, in file order
	 */
	public List<Violations> run(LocalDate today, int examples) {
		List<Violations> results = new ArrayList<>();
		run(today, examples, results::add);
		return results;
	}

	/**
	 * Runs the checks in file order, handing each result on as soon as it is known: at a
	 * million firms the whole gate takes minutes.
	 * @param today the day dates are checked against (nothing may be dated after it)
	 * @param examples how many violations to keep per check
	 * @param each called with each check's result
	 */
	public void run(LocalDate today, int examples, Consumer<Violations> each) {
		this.checks.forEach(check -> each.accept(run(check, today, examples)));
	}

	private Violations run(CypherScript script, LocalDate today, int examples) {
		String check = script.name().replaceFirst("^\\d+-", "").replaceFirst("\\.cypher$", "");
		String invariant = script.header().replaceFirst("(?<=\\.) .*", "");
		try {
			return run(script.statements().get(0), check, invariant, today, examples);
		}
		catch (Neo4jException ex) {
			return Violations.couldNotRun(check, invariant, DatabaseFailure.forOperator(ex));
		}
	}

	private Violations run(String statement, String check, String invariant, LocalDate today, int examples) {
		// Streamed: a graph with a million violations keeps only the examples in memory.
		List<String> shown = new ArrayList<>();
		int count = 0;
		try (var session = this.driver
			.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			// Each check reads the whole graph: at 1.1 million firms up to 31 s on a fast
			// machine, and the timeout that bounds a request's transaction is 60 s.
			var result = session.run(statement, Map.of("today", today.toString()), MaintenanceWork.TRANSACTION);
			while (result.hasNext()) {
				String violation = result.next().get("violation").asString();
				if (count++ < examples) {
					shown.add(violation);
				}
			}
		}
		return new Violations(check, invariant, count, List.copyOf(shown));
	}

}
