package io.littlegiants.kb.supplychain;

/**
 * Which way a supply path runs from the firm it starts at.
 */
public enum SupplyDirection {

	/** Suppliers, suppliers' suppliers, ... */
	UPSTREAM,
	/** Customers, customers' customers, ... */
	DOWNSTREAM

}
