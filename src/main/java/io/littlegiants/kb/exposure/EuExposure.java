package io.littlegiants.kb.exposure;

import java.util.List;

import io.littlegiants.kb.catalog.HsCode;
import io.littlegiants.kb.catalog.ProgramFact;
import io.littlegiants.kb.firm.Organization;
import io.littlegiants.kb.supplychain.Relationship;

/**
 * EU exporters ranked by exposure to certified Chinese competitors, and the aggregate
 * share of EU export value at stake.
 */
public record EuExposure(Weights weights, List<Exporter> exporters, boolean truncated, Aggregate aggregate) {

	/**
	 * Weights of the exposure score: score = makers x certified makers + sharedCustomers
	 * x shared Chinese customers + documentedRivals x documented certified rivals.
	 */
	public record Weights(double makers, double sharedCustomers, double documentedRivals) {
	}

	/** An exposed exporter and the explanation of its score. */
	public record Exporter(Organization exporter, double score, int certifiedMakers,
			List<ExposedProduct> exposedProducts, List<SharedCustomer> sharedChineseCustomers,
			List<Relationship> documentedRivals) {
	}

	/**
	 * One of the exporter's products and the certified Chinese firms that make it too.
	 *
	 * @param makers the first makers by name, as many as asked for
	 * @param makerCount all of them
	 */
	public record ExposedProduct(HsCode hsCode, List<Organization> makers, int makerCount) {
	}

	/** A Chinese customer of the exporter that a certified maker already supplies. */
	public record SharedCustomer(Organization customer, Organization maker) {
	}

	/**
	 * EU export value to China in exposed HS codes, computed from the loaded HS-level
	 * trade flows, beside the published figures (which are shown, never substituted).
	 */
	public record Aggregate(Integer year, int flows, int exposedFlows, Double totalValueEur, Double exposedValueEur,
			Double share, boolean computed, String note, List<ProgramFact> publishedFigures) {
	}

}
