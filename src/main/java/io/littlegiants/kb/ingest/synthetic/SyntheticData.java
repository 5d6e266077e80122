package io.littlegiants.kb.ingest.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.MaintenanceWork;
import org.neo4j.driver.Driver;

import org.springframework.stereotype.Component;

/**
 * Removes every synthetic fact: what names only synthetic sources (generated pyramids,
 * lists imported with {@code --synthetic}), the synthetic sources themselves, and their
 * imports' bookkeeping. A real fact that a synthetic import confirmed keeps its other
 * sources. Each step runs in batches of its own transactions, so a graph of millions of
 * synthetic facts is removed in bounded memory; a run cut short is finished by the next.
 */
@Component
public class SyntheticData {

	/** Each step, by what it removes; {@code $ids} are the synthetic sources' ids. */
	private static final Map<String, String> STEPS = stepsInOrder();

	private final Driver driver;

	SyntheticData(Driver driver) {
		this.driver = driver;
	}

	private static Map<String, String> stepsInOrder() {
		Map<String, String> steps = new LinkedHashMap<>();
		steps.put("relationships stated only by synthetic sources", """
				MATCH ()-[r]->() WHERE size(r.sourceIds) > 0 AND all(id IN r.sourceIds WHERE id IN $ids)
				CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
				""");
		steps.put("nodes stated only by synthetic sources, with their links", """
				MATCH (n) WHERE NOT n:Source AND size(n.sourceIds) > 0 AND all(id IN n.sourceIds WHERE id IN $ids)
				CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
				""");
		steps.put("synthetic sources named beside real ones, on relationships", """
				MATCH ()-[r]->() WHERE any(id IN r.sourceIds WHERE id IN $ids)
				CALL (r) { SET r.sourceIds = [id IN r.sourceIds WHERE NOT id IN $ids] } IN TRANSACTIONS OF 10000 ROWS
				""");
		steps.put("synthetic sources named beside real ones, on nodes", """
				MATCH (n) WHERE NOT n:Source AND any(id IN n.sourceIds WHERE id IN $ids)
				CALL (n) { SET n.sourceIds = [id IN n.sourceIds WHERE NOT id IN $ids] } IN TRANSACTIONS OF 10000 ROWS
				""");
		steps.put("name keys that name nothing any more", """
				MATCH (k:NameKey) WHERE NOT (k)-[:NAMES]->()
				CALL (k) { DELETE k } IN TRANSACTIONS OF 10000 ROWS
				""");
		steps.put("the journal of synthetic imports and datasets", """
				MATCH (r:ImportRun) WHERE r.sourceId IN $ids OR r.dataset STARTS WITH 'synthetic-'
				CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
				""");
		steps.put("synthetic datasets", """
				MATCH (d:DatasetLoad) WHERE d.id STARTS WITH 'synthetic-'
				CALL (d) { DELETE d } IN TRANSACTIONS OF 10000 ROWS
				""");
		steps.put("the synthetic sources", """
				MATCH (s:Source) WHERE s.id IN $ids
				CALL (s) { DETACH DELETE s } IN TRANSACTIONS OF 10000 ROWS
				""");
		return steps;
	}

	/**
	 * Removes it all.
	 * @return what each step deleted or changed (nodes and relationships deleted,
	 * properties set), in order
	 */
	public Map<String, Long> remove() {
		Map<String, Long> done = new LinkedHashMap<>();
		try (var session = this.driver.session()) {
			List<String> ids = session.run("MATCH (s:Source) WHERE s.synthetic = true RETURN collect(s.id) AS ids")
				.single()
				.get("ids")
				.asList(v -> v.asString());
			STEPS.forEach((step, statement) -> {
				// The batches commit on their own, but the statement around them runs
				// as long as the whole step: over a minute at 1.1 million firms.
				var counters = session.run(statement, Map.of("ids", ids), MaintenanceWork.TRANSACTION)
					.consume()
					.counters();
				done.put(step,
						(long) counters.nodesDeleted() + counters.relationshipsDeleted() + counters.propertiesSet());
			});
		}
		return done;
	}

}
