package io.littlegiants.kb.common;

/**
 * A caller passed a value that cannot be answered (a negative page size, a malformed
 * cursor or HS code, ...). The API turns it into a GraphQL error with code
 * {@code BAD_USER_INPUT}.
 */
public class InvalidInputException extends RuntimeException {

	private final String argument;

	public InvalidInputException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	/** Name of the offending argument, e.g. {@code first}. */
	public String argument() {
		return this.argument;
	}

}
