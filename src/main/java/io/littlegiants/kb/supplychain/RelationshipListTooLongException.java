package io.littlegiants.kb.supplychain;

/**
 * An organization has more relationships of one kind than one list may hold: its whole
 * list (a firm's {@code suppliers}, say) is refused before it is read, and the caller
 * pages through it ({@code relationships(kind:, first:, after:)}) instead.
 */
public class RelationshipListTooLongException extends RuntimeException {

	private final String organizationId;

	private final RelationshipKind kind;

	private final long size;

	private final long max;

	public RelationshipListTooLongException(String organizationId, RelationshipKind kind, long size, long max) {
		super(organizationId + " has " + size + " relationships of kind " + kind + ", more than the " + max
				+ " one list may hold");
		this.organizationId = organizationId;
		this.kind = kind;
		this.size = size;
		this.max = max;
	}

	public String organizationId() {
		return this.organizationId;
	}

	public RelationshipKind kind() {
		return this.kind;
	}

	public long size() {
		return this.size;
	}

	public long max() {
		return this.max;
	}

}
