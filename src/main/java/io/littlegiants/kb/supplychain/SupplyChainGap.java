package io.littlegiants.kb.supplychain;

import java.util.List;

import io.littlegiants.kb.catalog.HsCode;
import io.littlegiants.kb.common.Analysis.Money;
import io.littlegiants.kb.firm.Organization;

/**
 * A product bought from foreign suppliers, with the certified Chinese firms that make it;
 * a gap when there are none.
 *
 * @param certifiedMakers the first makers by name, as many as asked for
 * @param certifiedMakerCount all of them
 */
public record SupplyChainGap(HsCode hsCode, boolean gap, int foreignPurchases, List<Organization> foreignSuppliers,
		List<Money> values, List<Organization> certifiedMakers, int certifiedMakerCount, List<Relationship> purchases) {
}
