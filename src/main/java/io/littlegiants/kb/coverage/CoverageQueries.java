package io.littlegiants.kb.coverage;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.catalog.ProgramFact;
import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.NamedQueries;
import io.littlegiants.kb.common.TierId;

import org.springframework.stereotype.Component;

/**
 * Runs the files under {@code cypher/queries/coverage/}: the counts an answer's coverage
 * reports. Each takes {@code $exclude}, the confidences whose facts count as absent.
 */
@Component
class CoverageQueries {

	private final NamedQueries queries;

	CoverageQueries(NamedQueries queries) {
		this.queries = queries;
	}

	/** {@code certified-firms.cypher}: one row of counts. */
	Map<String, Object> certifiedFirms(TierId tier, String sector, String provinceCode, List<String> exclude) {
		return single("certified-firms",
				Analysis.parameters("tier", tier, "sector", sector, "provinceCode", provinceCode, "exclude", exclude));
	}

	/** {@code supply.cypher}: one row of counts. */
	Map<String, Object> supply(String customerId, String sector, List<String> exclude) {
		return single("supply", Analysis.parameters("customerId", customerId, "sector", sector, "exclude", exclude));
	}

	/** {@code eu-exporters.cypher}: one row of counts. */
	Map<String, Object> euExporters(String country, List<String> exclude, boolean activeOnly, LocalDate day) {
		return single("eu-exporters",
				Analysis.parameters("country", country, "exclude", exclude, "activeOnly", activeOnly, "day", day));
	}

	/** {@code start-firms.cypher}: a row per start firm found. */
	List<Map<String, Object>> startFirms(List<String> firmIds, List<String> exclude) {
		return this.queries.run("coverage/start-firms", Analysis.parameters("firmIds", firmIds, "exclude", exclude));
	}

	/** {@code capital.cypher}: facts and facts with an amount, per channel family. */
	Map<String, long[]> capital(List<String> exclude) {
		Map<String, long[]> families = new LinkedHashMap<>();
		for (Map<String, Object> row : this.queries.runCached("coverage/capital",
				Analysis.parameters("exclude", exclude))) {
			families.put(Graph.str(row, "kind"), new long[] { number(row, "facts"), number(row, "withAmount") });
		}
		return families;
	}

	/** {@code facts.cypher}: per kind of fact, how many hold each confidence. */
	Map<String, Map<String, Long>> facts() {
		Map<String, Map<String, Long>> kinds = new LinkedHashMap<>();
		for (Map<String, Object> row : this.queries.runCached("coverage/facts", Map.of())) {
			Map<String, Long> byConfidence = new LinkedHashMap<>();
			Graph.maps(row.get("byConfidence"))
				.forEach(entry -> byConfidence.put(String.valueOf(entry.get("confidence")), number(entry, "facts")));
			kinds.put(Graph.str(row, "kind"), byConfidence);
		}
		return kinds;
	}

	/** {@code published.cypher}: firms published per tier and batch, and those loaded. */
	List<Coverage.PublishedBatch> published(TierId tier, List<String> exclude) {
		return this.queries.runCached("coverage/published", Analysis.parameters("tier", tier, "exclude", exclude))
			.stream()
			.map(row -> new Coverage.PublishedBatch(Graph.str(row, "tier"), Graph.integer(row, "batch"),
					number(row, "published"), number(row, "loaded"), ProgramFact.from(Graph.map(row.get("fact")))))
			.toList();
	}

	private Map<String, Object> single(String name, Map<String, Object> parameters) {
		return this.queries.runCached("coverage/" + name, parameters).get(0);
	}

	static long number(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value instanceof Number n) ? n.longValue() : 0;
	}

}
