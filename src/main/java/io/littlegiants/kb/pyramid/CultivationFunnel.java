package io.littlegiants.kb.pyramid;

import java.time.LocalDate;
import java.util.List;

import io.littlegiants.kb.catalog.ProgramFact;
import io.littlegiants.kb.catalog.Tier;
import io.littlegiants.kb.common.Evidence;
import io.littlegiants.kb.firm.CertificationLevel;

/**
 * The cultivation pyramid on a day: per tier, firms with an active certification beside
 * the target size and the published counts.
 */
public record CultivationFunnel(LocalDate asOf, List<TierCount> tiers) {

	/**
	 * One tier of the funnel.
	 *
	 * @param activeFirms firms with a certification active on the day
	 * @param proposedFirms firms named only in a publicity list
	 * @param expiredFirms firms whose certification had lapsed by the day
	 * @param unknownValidityFirms firms whose certification has no date
	 * @param byBatch active firms per batch
	 * @param publishedCounts programme facts about the tier
	 * @param unverifiedFacts certifications counted that are UNVERIFIED
	 * @param lowAuthorityFacts certifications counted that are LOW_AUTHORITY
	 * @param scope what the funnel was narrowed to, for the firms behind each count
	 */
	public record TierCount(Tier tier, Long targetSize, int activeFirms, int proposedFirms, int expiredFirms,
			int unknownValidityFirms, List<BatchCount> byBatch, List<ProgramFact> publishedCounts, int unverifiedFacts,
			int lowAuthorityFacts, Scope scope) implements Evidence.Counted {
	}

	/**
	 * What a funnel was computed for: the day, and the certification level, province,
	 * sector and confidences left out.
	 */
	public record Scope(LocalDate asOf, CertificationLevel level, String provinceCode, String sector,
			List<String> exclude) {
	}

	/** Active firms of one batch (null: batch not known). */
	public record BatchCount(Integer batch, int firms) {
	}

}
