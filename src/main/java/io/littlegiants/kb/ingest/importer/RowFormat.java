package io.littlegiants.kb.ingest.importer;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * One input layout: its columns, its checks, how it resolves names and how it writes.
 */
interface RowFormat {

	/** What a written row did to the graph. */
	enum Status {

		CREATED, UPDATED, UNCHANGED,
		/**
		 * Written by a script that sets values without comparing them first (the kb
		 * layouts).
		 */
		WRITTEN

	}

	/** Canonical column to the header names accepted for it (Chinese and English). */
	Map<String, List<String>> columns();

	List<String> required();

	/** Checks one row on its own; every problem is reported, not just the first. */
	List<RowError> check(Row row, ImportContext context);

	/** Rows with the same key are duplicates within a file; null when a row has none. */
	String duplicateKey(Row row);

	/**
	 * Resolves the names of a batch. Rows whose names cannot be resolved get an error;
	 * rows whose names are ambiguous are returned as such and left out.
	 */
	default Map<Long, List<Resolver.Resolution>> resolve(List<Row> batch, ImportContext context) {
		return Map.of();
	}

	/**
	 * Runs a write statement over a batch and reads each row's status from its
	 * {@code row}, {@code created} and {@code changed} columns. Every value is a
	 * parameter; the confidence of new facts comes from the source.
	 */
	static Map<Long, Status> writeAndCount(TransactionContext tx, String statement, List<Map<String, Object>> rows,
			ImportContext context) {
		Map<Long, Status> statuses = new java.util.HashMap<>();
		tx.run(statement,
				Map.of("rows", rows, "source", context.sourceId(), "confidence",
						context.options().source().confidence()))
			.forEachRemaining(rec -> statuses.put(rec.get("row").asLong(), rec.get("created").asBoolean()
					? Status.CREATED : rec.get("changed").asBoolean() ? Status.UPDATED : Status.UNCHANGED));
		return statuses;
	}

	/**
	 * The organizations whose names a batch writes, for their pinyin to be brought up to
	 * date in the same transaction; none for formats that write no names.
	 */
	default List<String> namedOrganizations(List<Row> batch, Map<Long, List<Resolver.Resolution>> resolutions) {
		return List.of();
	}

	/** Writes a batch of checked, resolved rows in the given transaction. */
	Map<Long, Status> write(TransactionContext tx, List<Row> batch, Map<Long, List<Resolver.Resolution>> resolutions,
			ImportContext context);

}
