package io.littlegiants.kb.firm;

/**
 * Where a certification stands on a given day.
 */
public enum CertificationStatus {

	/**
	 * Named in a publicity (公示) list only: proposed, not yet confirmed by a final notice.
	 */
	PROPOSED,
	/** Awarded and within its validity. */
	ACTIVE,
	/** Its validity ended before the day asked about and no later review is recorded. */
	EXPIRED,
	/** Held, but the source gives no date to compute validity from. */
	UNKNOWN

}
