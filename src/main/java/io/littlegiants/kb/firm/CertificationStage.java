package io.littlegiants.kb.firm;

/**
 * What the source reports about a certification.
 */
public enum CertificationStage {

	/** Named in a publicity (公示) list. */
	PUBLICITY,
	/** Named in a final designation notice. */
	DESIGNATED,
	/** Named in a publicity list of firms proposed to pass the three-yearly review. */
	REVIEW_PUBLICITY,
	/** Passed the three-yearly review. */
	REVIEW_PASSED,
	/** Named as a holder without list details (e.g. in a funding notice). */
	MENTIONED,
	/** Named in a list of new designations and passed reviews that does not say which. */
	DESIGNATED_OR_REVIEWED

}
