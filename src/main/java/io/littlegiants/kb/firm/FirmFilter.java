package io.littlegiants.kb.firm;

import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.TierId;

/**
 * Criteria of {@code firms(filter:)}; every criterion given must hold. The certification
 * criteria (tier, level, status, batch) must all hold for the same certification.
 *
 * @param name part of any name: English, Chinese legal or short name, or an alias
 * @param country ISO 3166-1 alpha-2 code
 * @param province Chinese province: code ({@code 33}), Chinese ({@code 浙江省}, {@code 浙江})
 * or English name ({@code Zhejiang})
 * @param tier tier id, e.g. {@code LITTLE_GIANT}
 * @param certificationLevel NATIONAL, PROVINCIAL or MUNICIPAL
 * @param certificationStatus status today
 * @param batch batch number
 * @param sector a sector id (matches its directions too) or a direction id
 * @param hsCode an HS chapter, heading or subheading; matches every code below it
 * @param technology a technology id
 * @param exchange an exchange's organization id
 * @param board a listing board (MAIN, CHINEXT, STAR, BSE)
 * @param confidence the firm node's confidence
 * @param uscc a unified social credit code; checked against its check character
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
