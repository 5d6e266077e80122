package io.littlegiants.kb.ingest;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the Cypher planner's statistics up to date after a load.
 * <p>
 * Neo4j samples the values of an index in the background. A statement planned before that
 * sees an index created on an empty store, and filled since, as empty; the plan it caches
 * can then scan the index on every row instead of seeking it. The importer's name lookup
 * did so on a first start: a 50,000-row list was checked at 351 rows/s instead of 17,000.
 * {@code db.prepareForReplanning} resamples the outdated indexes, waits for them, and
 * empties the plan cache, so every statement is planned again on the data as it now is.
 * <p>
 * On a server it needs an admin. Without one, statements keep their plans until Neo4j
 * replans them itself, and a warning says so; the importer's own lookups do not depend on
 * it (they name the index to seek).
 */
public final class PlannerStatistics {

	private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

	private static final int TIMEOUT_SECONDS = 600;

	private PlannerStatistics() {
	}

	/**
	 * Resamples the indexes a load made outdated and empties the plan cache.
	 * @return whether the database did so
	 */
	public static boolean refresh(Driver driver) {
		long started = System.nanoTime();
		try (var session = driver.session()) {
			session.run("CALL db.prepareForReplanning($timeout)", Map.of("timeout", TIMEOUT_SECONDS)).consume();
			log.info("Index statistics brought up to date and query plans cleared in {} ms",
					(System.nanoTime() - started) / 1_000_000);
			return true;
		}
		catch (Neo4jException ex) {
			log.warn("Could not bring the index statistics up to date after the load ({}); queries may keep "
					+ "plans made for the data before it until Neo4j replans them", ex.getMessage());
			return false;
		}
	}

}
