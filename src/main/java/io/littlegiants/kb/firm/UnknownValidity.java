package io.littlegiants.kb.firm;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks each title without an end of validity ({@code unknownValidity: true} on a
 * certification without {@code validUntil}), so that the firm list's {@code UNKNOWN}
 * status starts from an index: a range index holds no missing value, so that status read
 * every title (3.0 s at 1.1 million firms, for the 10 firms it found).
 * <p>
 * Every writer of titles sets the mark with the date ({@code 0110-certifications.cypher},
 * the list importer, {@code bulk-load}); the schema's upgrade and each start bring the
 * marks of titles written by other means (Cypher by hand) into step, as
 * {@link SearchTexts} does for names. The filter tests {@code validUntil} as well, so a
 * mark left on a title dated since never adds a firm.
 */
public final class UnknownValidity {

	private static final Logger log = LoggerFactory.getLogger(UnknownValidity.class);

	/**
	 * Puts every title's mark in step with its end of validity, in batches: the schema
	 * runs it, and so does {@link #refresh}. The condition stands inside the batches,
	 * where it does not make the planner keep every title first.
	 */
	public static final String UPGRADE = """
			MATCH (c:Certification)
			CALL (c) {
			  WITH c WHERE (c.validUntil IS NULL) <> (c.unknownValidity IS NOT NULL)
			  SET c.unknownValidity = CASE WHEN c.validUntil IS NULL THEN true END
			} IN TRANSACTIONS OF 10000 ROWS
			""";

	private UnknownValidity() {
	}

	/**
	 * Marks the titles written without their mark, and unmarks those dated since: a scan
	 * of every title.
	 * @return how many titles changed
	 */
	public static int refresh(Driver driver) {
		long started = System.nanoTime();
		try (var session = driver.session()) {
			int changed = session.run(UPGRADE).consume().counters().propertiesSet();
			if (changed > 0) {
				log.info("Unknown validity marked or unmarked on {} titles in {} ms", changed,
						(System.nanoTime() - started) / 1_000_000);
			}
			return changed;
		}
	}

}
