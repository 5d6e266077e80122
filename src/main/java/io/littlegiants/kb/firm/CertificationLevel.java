package io.littlegiants.kb.firm;

/**
 * Which government awarded a certification.
 */
public enum CertificationLevel {

	NATIONAL, PROVINCIAL, MUNICIPAL

}
