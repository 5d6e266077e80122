package io.littlegiants.kb.firm;

/**
 * Kinds of organization in the shared id space.
 */
public enum OrganizationKind {

	FIRM, UNIVERSITY, RESEARCH_INSTITUTE, HOSPITAL, BANK, FUND, AUTHORITY, EXCHANGE

}
