package io.littlegiants.kb.supplychain;

import java.util.List;

import io.littlegiants.kb.firm.Organization;

/**
 * A firm reached through supply relationships, with the shortest path to it.
 *
 * @param firm the supplier or customer reached
 * @param depth number of supply tiers between the start and the firm
 * @param hops the supply relationships along the path, from the start outwards
 * @param start the start firm the path begins at (the nearest, when several were given)
 */
public record SupplyPath(Organization firm, int depth, List<Hop> hops, Organization start) {

	/**
	 * One supply relationship on a path.
	 *
	 * @param supplier the supplying firm
	 * @param link the relationship, its counterpart being the customer
	 */
	public record Hop(Organization supplier, Relationship link) {
	}

}
