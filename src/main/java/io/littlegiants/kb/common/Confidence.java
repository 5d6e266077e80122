package io.littlegiants.kb.common;

/**
 * How far a fact can be trusted, carried by every node and relationship beside its
 * sources.
 */
public enum Confidence {

	/** Stated by the cited source. */
	REPORTED,
	/** Attributed to the source but not found in its retrievable text. */
	UNVERIFIED,
	/** Rests on consultancy, repost or summary pages of weak provenance. */
	LOW_AUTHORITY,
	/**
	 * Derived by the maintainers (best-fit HS codes, sector assignments, computed
	 * counts).
	 */
	INFERRED,
	/** Made by a generator; never real. */
	SYNTHETIC

}
