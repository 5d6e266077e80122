package io.littlegiants.kb.ingest.importer;

import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * The source an import ties its facts to: an existing one by id, or a new one from its
 * title, publisher, address and date, with the id derive.py would give it.
 */
final class Sources {

	private Sources() {
	}

	/** The source's id; checks that an existing id exists, writes nothing. */
	static String resolve(Driver driver, ImportOptions.SourceSpec spec) {
		if (spec == null || (spec.id() == null && spec.title() == null)) {
			throw new ImportException("every import needs a source: --source <id>, or --source-title with "
					+ "--source-publisher, --source-url and --source-date for a new one");
		}
		if (spec.id() != null) {
			try (var session = driver.session()) {
				boolean exists = session
					.run("MATCH (s:Source {id: $id}) RETURN count(s) > 0 AS found", Map.of("id", spec.id()))
					.single()
					.get("found")
					.asBoolean();
				if (!exists) {
					throw new ImportException("no source has the id '" + spec.id()
							+ "'; give --source-title (and publisher, url, date) to create one");
				}
			}
			return spec.id();
		}
		return newId(spec);
	}

	private static String newId(ImportOptions.SourceSpec spec) {
		String url = spec.url() == null ? "" : spec.url().strip();
		return "src-" + Hash.sha1(url.isEmpty() ? spec.title().strip() : url).substring(0, 10);
	}

	/**
	 * Creates a new source when the first row is written (a rejected file leaves no
	 * trace).
	 */
	static void ensure(Driver driver, ImportOptions.SourceSpec spec) {
		if (spec.id() == null) {
			String url = spec.url() == null ? "" : spec.url().strip();
			String id = newId(spec);
			Map<String, Object> source = new HashMap<>();
			source.put("id", id);
			source.put("title", spec.title().strip());
			source.put("url", url.isEmpty() ? null : url);
			source.put("publisher", spec.publisher());
			source.put("date", spec.date());
			source.put("synthetic", spec.synthetic());
			source.put("maxConfidence", spec.confidence());
			try (var session = driver.session()) {
				session.executeWriteWithoutResult(tx -> tx.run("""
						MERGE (s:Source {id: $s.id})
						ON CREATE SET s += $s, s.trust = 'C'
						""", Map.of("s", source)).consume());
			}
		}
	}

}
