package io.littlegiants.kb.ingest.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

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

	/** The steps, in order. */
	private static final List<Step> STEPS = stepsInOrder();

	private static List<Step> stepsInOrder() {
		List<Step> steps = new ArrayList<>();
		steps.add(new Step("relationships stated only by synthetic sources", """
				MATCH ()-[r]->() WHERE size(r.sourceIds) > 0 AND all(id IN r.sourceIds WHERE id IN $ids)
				CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
				""", false));
		// What a deletion removes is held until its transaction commits. Most
		// synthetic nodes keep two or three unsourced links (a certification to its
		// firm and its authority), but a synthetic authority keeps one to each
		// certification it issued: 835,277 for the 26 of a 1.1-million-firm pyramid,
		// more than the transactions may hold together. So the nodes with few links
		// go first, taking most of the hubs' links with them; then the links the hubs
		// still have, a bounded number at a time; then the hubs. The links are
		// counted inside each batch: counted outside, the planner would have to keep
		// every match before the first deletion (an Eager).
		steps.add(new Step("nodes stated only by synthetic sources, with their few links", """
				MATCH (n) WHERE NOT n:Source AND size(n.sourceIds) > 0 AND all(id IN n.sourceIds WHERE id IN $ids)
				CALL (n) { WITH n WHERE COUNT { (n)--() } <= 10 DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
				""", false));
		steps.add(new Step("the links of the other nodes stated only by synthetic sources", """
				MATCH (n) WHERE NOT n:Source AND size(n.sourceIds) > 0 AND all(id IN n.sourceIds WHERE id IN $ids)
				CALL (n) { MATCH (n)-[r]-() WITH r LIMIT 10000 DELETE r } IN TRANSACTIONS OF 1 ROW
				""", true));
		steps.add(new Step("the other nodes stated only by synthetic sources", """
				MATCH (n) WHERE NOT n:Source AND size(n.sourceIds) > 0 AND all(id IN n.sourceIds WHERE id IN $ids)
				CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
				""", false));
		steps.add(new Step("synthetic sources named beside real ones, on relationships", """
				MATCH ()-[r]->() WHERE any(id IN r.sourceIds WHERE id IN $ids)
				CALL (r) { SET r.sourceIds = [id IN r.sourceIds WHERE NOT id IN $ids] } IN TRANSACTIONS OF 10000 ROWS
				""", false));
		steps.add(new Step("synthetic sources named beside real ones, on nodes", """
				MATCH (n) WHERE NOT n:Source
				CALL (n) {
				  WITH n WHERE any(id IN n.sourceIds WHERE id IN $ids)
				  SET n.sourceIds = [id IN n.sourceIds WHERE NOT id IN $ids]
				} IN TRANSACTIONS OF 10000 ROWS
				""", false));
		steps.add(new Step("name keys that name nothing any more", """
				MATCH (k:NameKey) WHERE NOT (k)-[:NAMES]->()
				CALL (k) { DELETE k } IN TRANSACTIONS OF 10000 ROWS
				""", false));
		steps.add(new Step("the journal of synthetic imports and datasets", """
				MATCH (r:ImportRun) WHERE r.sourceId IN $ids OR r.dataset STARTS WITH 'synthetic-'
				CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
				""", false));
		steps.add(new Step("synthetic datasets", """
				MATCH (d:DatasetLoad) WHERE d.id STARTS WITH 'synthetic-'
				CALL (d) { DELETE d } IN TRANSACTIONS OF 10000 ROWS
				""", false));
		steps.add(new Step("the synthetic sources", """
				MATCH (s:Source) WHERE s.id IN $ids
				CALL (s) { DETACH DELETE s } IN TRANSACTIONS OF 10000 ROWS
				""", false));
		return List.copyOf(steps);
	}

	private final Driver driver;

	SyntheticData(Driver driver) {
		this.driver = driver;
	}

	/**
	 * One step of the removal.
	 *
	 * @param description what it removes or changes
	 * @param statement the statement; {@code $ids} are the synthetic sources' ids
	 * @param untilDone whether it runs again until it changes nothing: it removes a
	 * bounded part of what it matches each time
	 */
	record Step(String description, String statement, boolean untilDone) {
	}

	/** The steps, in order: for tests of their plans. */
	static List<Step> steps() {
		return STEPS;
	}

	/**
	 * Removes it all.
	 * @return what each step deleted or changed (nodes and relationships deleted,
	 * properties set), in order
	 */
	public Map<String, Long> remove() {
		return remove((step, count) -> {
		});
	}

	/**
	 * Removes it all, saying what each step did as soon as it is done: at a million firms
	 * the whole takes minutes.
	 * @param each called with each step's description and what it deleted or changed
	 * @return what each step deleted or changed (nodes and relationships deleted,
	 * properties set), in order
	 */
	public Map<String, Long> remove(BiConsumer<String, Long> each) {
		Map<String, Long> done = new LinkedHashMap<>();
		try (var session = this.driver.session()) {
			List<String> ids = session.run("MATCH (s:Source) WHERE s.synthetic = true RETURN collect(s.id) AS ids")
				.single()
				.get("ids")
				.asList(v -> v.asString());
			for (Step step : STEPS) {
				long total = 0;
				long changed;
				do {
					// The batches commit on their own, but the statement around them runs
					// as long as the whole step: over a minute at 1.1 million firms.
					var counters = session.run(step.statement(), Map.of("ids", ids), MaintenanceWork.TRANSACTION)
						.consume()
						.counters();
					changed = (long) counters.nodesDeleted() + counters.relationshipsDeleted()
							+ counters.propertiesSet();
					total += changed;
				}
				while (step.untilDone() && changed > 0);
				done.put(step.description(), total);
				each.accept(step.description(), total);
			}
		}
		return done;
	}

}
