package io.littlegiants.kb.firm;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.catalog.Tier;
import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.Sourced;

/**
 * A firm's certification in one tier of the cultivation pyramid, reified so that its
 * batch, level, dates, stage and issuing authority are first-class.
 * <p>
 * When a source gives only a year, {@code awardedPrecision} (and
 * {@code validUntilPrecision}) is {@code YEAR}: the validity then runs to the end of the
 * third year after the award or the last review, so that no certification is reported
 * expired on a guess.
 * <p>
 * {@code tier} is the tier's node, which the statement reading the certification returns
 * beside it as {@code tierDetails} (a request for a firm's certifications and their tiers
 * is one statement, not two).
 */
public record Certification(String id, String firmId, Tier tier, CertificationLevel level, Integer batch,
		Integer awardYear, LocalDate awarded, String awardedPrecision, LocalDate validUntil, String validUntilPrecision,
		CertificationStage stage, String event, Integer reviewYear, String category, String product, String authorityId,
		Confidence confidence, List<String> sourceIds) implements Sourced {

	/**
	 * The status on a day. Mirrors the Cypher in {@code FirmQueries#certificationStatus};
	 * a test keeps both in step.
	 */
	public CertificationStatus statusOn(LocalDate day) {
		if (this.stage == CertificationStage.PUBLICITY) {
			return CertificationStatus.PROPOSED;
		}
		if (this.validUntil == null) {
			return CertificationStatus.UNKNOWN;
		}
		return day.isAfter(this.validUntil) ? CertificationStatus.EXPIRED : CertificationStatus.ACTIVE;
	}

	public static Certification from(String firmId, Map<String, Object> map) {
		return new Certification(Graph.str(map, "id"), firmId,
				(map.get("tierDetails") != null) ? Tier.from(Graph.map(map.get("tierDetails"))) : null,
				Graph.constant(map, "level", CertificationLevel.class), Graph.integer(map, "batch"),
				Graph.integer(map, "awardYear"), Graph.date(map, "awarded"), Graph.str(map, "awardedPrecision"),
				Graph.date(map, "validUntil"), Graph.str(map, "validUntilPrecision"),
				Graph.constant(map, "stage", CertificationStage.class), Graph.str(map, "event"),
				Graph.integer(map, "reviewYear"), Graph.str(map, "category"), Graph.str(map, "product"),
				Graph.str(map, "authorityId"), Graph.constant(map, "confidence", Confidence.class),
				Graph.strings(map, "sourceIds"));
	}

}
