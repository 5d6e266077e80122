package io.littlegiants.kb.finance;

import java.util.List;

import io.littlegiants.kb.common.Evidence;
import io.littlegiants.kb.firm.Organization;
import io.littlegiants.kb.supplychain.Relationship;

/**
 * Money that reached certified firms, grouped as asked, and the share of listings by
 * certified firms per exchange and year.
 */
public record CapitalFlows(List<CapitalGroupKey> groupBy, List<Group> groups, List<ListingShare> listingShares) {

	/**
	 * One group: the keys not grouped by are null. Amounts are in {@code currency}, never
	 * converted.
	 *
	 * @param groupBy the keys grouped by, for the flows behind the group
	 * @param exclude the confidences left out, for the flows behind the group
	 */
	public record Group(String channel, String tier, Integer year, String province, String exchange, String currency,
			double amount, int flows, int firms, int unverifiedFacts, int lowAuthorityFacts,
			List<CapitalGroupKey> groupBy, List<String> exclude) implements Evidence.Counted {
	}

	/**
	 * A flow summed in a group: the relationship, seen from the certified firm it
	 * reached.
	 */
	public record Flow(Organization firm, String channel, Relationship relationship) {
	}

	/** Listings on one exchange in one year, and how many were by certified firms. */
	public record ListingShare(String exchangeId, String exchange, Integer year, int listings, int certifiedListings) {

		public double share() {
			return this.listings == 0 ? 0 : (double) this.certifiedListings / this.listings;
		}

	}

}
