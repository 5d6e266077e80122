package io.littlegiants.kb.ingest.bulk;

/**
 * A bulk load that cannot be done as asked: the reason is for the user, and nothing was
 * written.
 */
public class BulkLoadException extends RuntimeException {

	public BulkLoadException(String message) {
		super(message);
	}

}
