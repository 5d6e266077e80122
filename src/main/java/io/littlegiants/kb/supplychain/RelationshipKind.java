package io.littlegiants.kb.supplychain;

/**
 * The relationship fields of a firm: which relationship type, followed in which
 * direction.
 */
public enum RelationshipKind {

	SUPPLIERS("SUPPLIES", Direction.INCOMING), CUSTOMERS("SUPPLIES", Direction.OUTGOING),
	MENTORS("MENTORS", Direction.INCOMING), MENTEES("MENTORS", Direction.OUTGOING),
	COLLABORATIONS("COLLABORATES_WITH", Direction.BOTH), LENDERS("LENDS_TO", Direction.INCOMING),
	LOANS_GIVEN("LENDS_TO", Direction.OUTGOING), INVESTORS("INVESTS_IN", Direction.INCOMING),
	INVESTMENTS("INVESTS_IN", Direction.OUTGOING), LISTINGS("LISTED_ON", Direction.OUTGOING),
	LISTED_FIRMS("LISTED_ON", Direction.INCOMING), COMPETITORS("COMPETES_WITH", Direction.BOTH);

	private final String type;

	private final Direction direction;

	RelationshipKind(String type, Direction direction) {
		this.type = type;
		this.direction = direction;
	}

	public String type() {
		return this.type;
	}

	public Direction direction() {
		return this.direction;
	}

	/**
	 * The pattern from the firm {@code f} to the counterpart {@code o}, with a literal
	 * type.
	 */
	String pattern() {
		return switch (this.direction) {
			case OUTGOING -> "(f)-[r:" + this.type + "]->(o:Organization)";
			case INCOMING -> "(f)<-[r:" + this.type + "]-(o:Organization)";
			case BOTH -> "(f)-[r:" + this.type + "]-(o:Organization)";
		};
	}

	/**
	 * The same relationships without the counterpart's label, so that counting them reads
	 * the firm's degree instead of visiting each counterpart: every endpoint of these
	 * types is an Organization.
	 */
	String degreePattern() {
		return switch (this.direction) {
			case OUTGOING -> "(f)-[:" + this.type + "]->()";
			case INCOMING -> "(f)<-[:" + this.type + "]-()";
			case BOTH -> "(f)-[:" + this.type + "]-()";
		};
	}

	/** Direction of a relationship as seen from the firm. */
	public enum Direction {

		OUTGOING, INCOMING, BOTH

	}

}
