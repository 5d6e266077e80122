package io.littlegiants.kb.common;

/**
 * An argument names nothing in the graph (an unknown firm id, sector, HS code or
 * country). An answer computed from it would be empty and read as a finding, so the API
 * says so instead, with code {@code NOT_FOUND}.
 */
public class NotFoundException extends InvalidInputException {

	public NotFoundException(String argument, String message) {
		super(argument, message);
	}

}
