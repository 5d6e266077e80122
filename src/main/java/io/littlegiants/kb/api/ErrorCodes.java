package io.littlegiants.kb.api;

/**
 * Values of {@code extensions.code} in GraphQL errors.
 */
final class ErrorCodes {

	/** An argument names nothing in the graph: an unknown id, code or name. */
	static final String NOT_FOUND = "NOT_FOUND";

	/** An argument's value is out of range or malformed. */
	static final String BAD_USER_INPUT = "BAD_USER_INPUT";

	/**
	 * The document does not validate against the schema (unknown field, enum value,
	 * type).
	 */
	static final String GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";

	/** The document cannot be parsed. */
	static final String GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";

	static final String INTERNAL_ERROR = "INTERNAL_ERROR";

	/**
	 * The server cannot answer yet: the shipped dataset is still loading (or its load
	 * failed). Retry when {@code /actuator/health} is UP.
	 */
	static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

	private ErrorCodes() {
	}

}
