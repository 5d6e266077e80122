package io.littlegiants.kb.finance;

/** What capital flows can be grouped by, as the schema's {@code CapitalGroupKey}. */
public enum CapitalGroupKey {

	CHANNEL, TIER, YEAR, PROVINCE, EXCHANGE

}
