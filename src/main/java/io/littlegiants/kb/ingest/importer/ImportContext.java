package io.littlegiants.kb.ingest.importer;

/**
 * What formats need while importing one file: its name, the options, the source every
 * fact is tied to (null when the rows name their own, as a dataset's do), the dataset the
 * file belongs to (or null), the reference data and the resolver.
 */
record ImportContext(String file, ImportOptions options, String sourceId, String dataset, Reference reference,
		Resolver resolver, RenameCandidates renames) {

	RowError error(Row row, String column, String reason) {
		return new RowError(this.file, row.number(), column, reason);
	}

}
