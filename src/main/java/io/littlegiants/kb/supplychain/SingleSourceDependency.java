package io.littlegiants.kb.supplychain;

import java.util.List;

import io.littlegiants.kb.catalog.HsCode;
import io.littlegiants.kb.firm.Organization;

/**
 * A product (HS code) a customer buys from exactly one supplier, and the certified
 * Chinese firms that could replace that supplier.
 *
 * @param certifiedAlternatives the first of them by name, as many as asked for
 * @param certifiedAlternativeCount all of them
 */
public record SingleSourceDependency(Organization customer, HsCode hsCode, Organization supplier,
		List<Relationship> supplies, List<Organization> certifiedAlternatives, int certifiedAlternativeCount) {

	public boolean hasCertifiedDomesticAlternative() {
		return this.certifiedAlternativeCount > 0;
	}

}
