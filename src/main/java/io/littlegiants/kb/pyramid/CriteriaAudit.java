package io.littlegiants.kb.pyramid;

import java.util.List;

import io.littlegiants.kb.catalog.ProgramFact;
import io.littlegiants.kb.firm.Organization;

/**
 * Certified firms checked against the selection criteria, with counts per verdict.
 */
public record CriteriaAudit(int below, int unknown, int meets, List<AuditedFirm> firms, boolean truncated) {

	/** A firm's verdict and the checks behind it. */
	public record AuditedFirm(Organization firm, String verdict, List<Check> checks) {
	}

	/**
	 * One criterion applied to one firm.
	 *
	 * @param criterion RD_INTENSITY, INVENTION_PATENTS, MAIN_BUSINESS_SHARE or
	 * REVENUE_BAND
	 * @param status PASS, FAIL or UNKNOWN (no figure, or no threshold applies)
	 * @param threshold the minimum applied
	 * @param thresholdMax the maximum applied (revenue band)
	 * @param figure the firm's figure compared
	 * @param basis the figure that chose the threshold (revenue, for R&D intensity)
	 * @param criterionFact the programme fact the default threshold comes from
	 */
	public record Check(String criterion, String status, Double threshold, Double thresholdMax, Figure figure,
			Figure basis, ProgramFact criterionFact) {
	}

	/** The thresholds a caller may set instead of the published defaults. */
	public record Criteria(Double minRdIntensityLarge, Double minRdIntensitySmall, Integer minInventionPatents,
			Double minMainBusinessShare, Double revenueMin, Double revenueMax) {

		public static final Criteria DEFAULTS = new Criteria(null, null, null, null, null, null);

	}

}
