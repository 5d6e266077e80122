package io.littlegiants.kb.ingest.importer;

/**
 * A problem with a whole input (unreadable file, missing column, unknown source): nothing
 * of the file is imported.
 */
public class ImportException extends RuntimeException {

	public ImportException(String message) {
		super(message);
	}

}
