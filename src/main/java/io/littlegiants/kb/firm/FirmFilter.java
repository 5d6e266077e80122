package io.littlegiants.kb.firm;

import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.TierId;

/**
 * Criteria of {@code firms(filter:)}; every criterion given must hold. The certification
 * criteria (tier, level, status, batch) must all hold for the same certification. The
 * values are checked and normalised by the caller: the province as its code, the HS code
 * as digits, the credit code in upper case.
 *
 * @param name part of any name: English, Chinese legal or short name, or an alias
 * @param country ISO 3166-1 alpha-2 code
 * @param province the code of a Chinese province ({@code 33})
 * @param tier tier id, e.g. {@code LITTLE_GIANT}
 * @param certificationLevel NATIONAL, PROVINCIAL or MUNICIPAL
 * @param certificationStatus status today
 * @param batch batch number
 * @param sector a sector id (matches its directions too) or a direction id
 * @param hsCode an HS chapter, heading or subheading, digits only; matches every code
 * below it
 * @param technology a technology id
 * @param exchange an exchange's organization id
 * @param board a listing board (MAIN, CHINEXT, STAR, BSE)
 * @param confidence the firm node's confidence
 * @param uscc a valid unified social credit code
 */
public record FirmFilter(String name, String country, String province, TierId tier,
		CertificationLevel certificationLevel, CertificationStatus certificationStatus, Integer batch, String sector,
		String hsCode, String technology, String exchange, String board, Confidence confidence, String uscc) {

	public static final FirmFilter NONE = new FirmFilter(null, null, null, null, null, null, null, null, null, null,
			null, null, null, null);

	boolean hasCertificationCriteria() {
		return this.tier != null || this.certificationLevel != null || this.certificationStatus != null
				|| this.batch != null;
	}

}
