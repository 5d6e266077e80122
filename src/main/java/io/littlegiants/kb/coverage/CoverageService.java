package io.littlegiants.kb.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.TierId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage of each analytic answer: which denominators it reports and which cautions
 * it gives. Computed only when a client asks for it, from the files under
 * {@code cypher/queries/coverage/}, with the same scope and confidence filter as the
 * answer.
 */
@Service
@Transactional(readOnly = true)
public class CoverageService {

	private static final String ABSENCE = "ABSENCE_IS_NOT_EVIDENCE";

	private final CoverageQueries queries;

	CoverageService(CoverageQueries queries) {
		this.queries = queries;
	}

	/** Coverage of supplyPaths. */
	public Coverage supplyPaths(List<String> startIds, boolean upstream, TierId tier, List<String> exclude) {
		Coverage.Builder coverage = new Coverage.Builder();
		List<Map<String, Object>> starts = this.queries.startFirms(startIds, exclude);
		String side = upstream ? "suppliers" : "customers";
		long withData = starts.stream().filter(s -> CoverageQueries.number(s, side) > 0).count();
		coverage.count("startFirms", starts.size(), "Firms the paths start from.")
			.count("startFirmsWithData", withData, "Of those, firms with at least one recorded direct " + side + ".");
		for (Map<String, Object> start : starts) {
			if (CoverageQueries.number(start, side) == 0) {
				coverage.caveat("NO_DATA",
						Graph.str(start, "name") + " (" + Graph.str(start, "id") + ") has no recorded " + side
								+ ": no path starts there because the graph knows none, " + "not because it has none.");
			}
		}
		Map<String, Object> certified = this.queries.certifiedFirms(tier, null, null, exclude);
		long certifiedFirms = CoverageQueries.number(certified, "certifiedFirms");
		long inSupplyChain = CoverageQueries.number(certified, "inSupplyChain");
		coverage.count("certifiedFirms", certifiedFirms, "All " + certifiedScope(tier) + " in the graph.")
			.count("certifiedFirmsInSupplyChain", inSupplyChain,
					"Of those, firms in at least one recorded supply relationship.")
			.thin(inSupplyChain, certifiedFirms, "Only %d of %d " + certifiedScope(tier)
					+ " (%s) take part in any recorded supply relationship: the certified firms found on paths are a "
					+ "lower bound.");
		return finish(coverage, tier, exclude, List.of("SUPPLIES", "CERTIFICATION"));
	}

	/** Coverage of singleSourceDependencies. */
	public Coverage singleSourceDependencies(String customerId, List<String> exclude) {
		Coverage.Builder coverage = new Coverage.Builder();
		Map<String, Object> supply = this.queries.supply(customerId, null, exclude);
		long supplies = CoverageQueries.number(supply, "supplies");
		long withCodes = CoverageQueries.number(supply, "suppliesWithHsCodes");
		coverage.count("supplyRelationships", supplies, "Supply relationships into the customers in scope.")
			.count("supplyRelationshipsWithHsCodes", withCodes, "Of those, relationships naming an HS code.");
		if (supplies == 0) {
			coverage.caveat("NO_DATA", "No supply relationship into " + scopeOf(customerId, null)
					+ " is recorded: an empty answer means no data, not no dependence.");
		}
		coverage
			.thin(withCodes, supplies,
					"Only %d of %d supply relationships in scope (%s) name an HS code; the rest "
							+ "cannot be compared and are not counted.")
			.caveat(ABSENCE, "One recorded supplier is not proof of a single supplier: the graph holds only the "
					+ "supply relationships its sources name.");
		inferredBasis(coverage, exclude, "the certified alternatives listed rest on them");
		return finish(coverage, null, exclude, List.of("SUPPLIES", "PRODUCT", "HS_CLASSIFICATION", "CERTIFICATION"));
	}

	/** Coverage of supplyChainGaps. */
	public Coverage supplyChainGaps(String customerId, String sector, List<String> exclude) {
		Coverage.Builder coverage = new Coverage.Builder();
		Map<String, Object> supply = this.queries.supply(customerId, sector, exclude);
		long foreign = CoverageQueries.number(supply, "foreignSupplies");
		long foreignWithCodes = CoverageQueries.number(supply, "foreignSuppliesWithHsCodes");
		coverage.count("foreignPurchases", foreign, "Supply relationships from outside China into the firms in scope.")
			.count("foreignPurchasesWithHsCodes", foreignWithCodes, "Of those, relationships naming an HS code.");
		if (customerId == null && sector == null) {
			coverage.count("productLinesSoldInChina", CoverageQueries.number(supply, "productLinesSoldInChina"),
					"HS-coded product lines foreign firms sell in China.");
		}
		coverage.count("tradeFlows", CoverageQueries.number(supply, "tradeFlows"),
				"Country-level trade flows loaded; gaps are computed from firm-level purchases, not from them.");
		if (foreignWithCodes == 0 && CoverageQueries.number(supply, "productLinesSoldInChina") == 0) {
			coverage.caveat("NO_DATA", "No foreign purchase with an HS code is recorded for "
					+ scopeOf(customerId, sector) + ": an empty answer means no data, not no foreign dependence.");
		}
		coverage.thin(foreignWithCodes, foreign, "Only %d of %d foreign purchases in scope (%s) name an HS code; "
				+ "the rest cannot be placed and are not counted.");
		makers(coverage, exclude, "a gap");
		return finish(coverage, null, exclude,
				List.of("SUPPLIES", "SELLS_IN", "PRODUCT", "HS_CLASSIFICATION", "CERTIFICATION"));
	}

	/** Coverage of importSubstitutes. */
	public Coverage importSubstitutes(List<String> exclude) {
		Coverage.Builder coverage = new Coverage.Builder();
		makers(coverage, exclude, "an empty answer");
		return finish(coverage, null, exclude,
				List.of("PRODUCT", "HS_CLASSIFICATION", "SELLS_IN", "CERTIFICATION", "SUPPLIES"));
	}

	/** Coverage of euExposure. */
	public Coverage euExposure(String country, List<String> exclude, boolean activeOnly, LocalDate day) {
		Coverage.Builder coverage = new Coverage.Builder();
		Map<String, Object> eu = this.queries.euExporters(country, exclude, activeOnly, day);
		long exporters = CoverageQueries.number(eu, "euExporters");
		long withCodes = CoverageQueries.number(eu, "withHsCodes");
		coverage.count("euExporters", exporters, "Firms headquartered in the EU country or countries in scope.")
			.count("euExportersWithHsCodes", withCodes,
					"Of those, firms with an HS-coded product or product line sold in China.")
			.count("euExportersWithChineseCustomers", CoverageQueries.number(eu, "withChineseCustomers"),
					"Of those, firms with a recorded Chinese customer.");
		if (exporters == 0) {
			coverage.caveat("NO_DATA", "The graph holds no firm headquartered in "
					+ ((country == null) ? "the EU" : country) + ": an empty answer means no data.");
		}
		coverage.thin(withCodes, exporters, "Only %d of %d EU firms in scope (%s) have an HS-coded product: the "
				+ "others can only be exposed through shared customers or documented rivals.");
		long uncertifiedRivals = CoverageQueries.number(eu, "rivalsUncertified");
		if (uncertifiedRivals > 0) {
			coverage.excluded(new Coverage.Exclusion("COMPETES_WITH", null, "UNCERTIFIED_RIVAL", uncertifiedRivals))
				.caveat("EXCLUDED_FACTS",
						uncertifiedRivals + " documented rivalr" + ((uncertifiedRivals == 1) ? "y" : "ies")
								+ " with Chinese firms are left out: the Chinese "
								+ "side holds no recorded certification" + (activeOnly ? " active on the day" : "")
								+ ". Loading the official lists may bring them in.");
		}
		makers(coverage, exclude, "a low score");
		return finish(coverage, null, exclude, List.of("PRODUCT", "HS_CLASSIFICATION", "SELLS_IN", "CERTIFICATION",
				"SUPPLIES", "COMPETES_WITH", "TRADE_FLOW"));
	}

	/** Coverage of cultivationFunnel. */
	public Coverage cultivationFunnel(String sector, String provinceCode, List<String> exclude) {
		Coverage.Builder coverage = new Coverage.Builder();
		Map<String, Object> certified = this.queries.certifiedFirms(null, sector, provinceCode, exclude);
		certifications(coverage, certified, "count as of unknown validity");
		return finish(coverage, null, exclude, List.of("CERTIFICATION"));
	}

	/** Coverage of recertificationDue. */
	public Coverage recertificationDue(TierId tier, List<String> exclude) {
		Coverage.Builder coverage = new Coverage.Builder();
		Map<String, Object> certified = this.queries.certifiedFirms(tier, null, null, exclude);
		certifications(coverage, certified, "can never be due");
		return finish(coverage, tier, exclude, List.of("CERTIFICATION"));
	}

	/** Coverage of criteriaAudit. */
	public Coverage criteriaAudit(TierId tier, List<String> exclude) {
		Coverage.Builder coverage = new Coverage.Builder();
		Map<String, Object> certified = this.queries.certifiedFirms(tier, null, null, exclude);
		long firms = CoverageQueries.number(certified, "certifiedFirms");
		long withFigures = CoverageQueries.number(certified, "withFigures");
		coverage.count("certifiedFirms", firms, "All " + certifiedScope(tier) + " in the graph.")
			.count("firmsWithFigures", withFigures, "Of those, firms that reported a figure the audit checks.");
		for (String metric : List.of("Revenue", "RdIntensity", "InventionPatents", "MainBusinessShare")) {
			coverage.count("firmsWith" + metric, CoverageQueries.number(certified, "with" + metric),
					"Of those, firms with a figure for " + words(metric) + ".");
		}
		coverage.thin(withFigures, firms,
				"Only %d of %d " + certifiedScope(tier)
						+ " (%s) reported any figure the audit checks: most verdicts are UNKNOWN for want of data, not "
						+ "because the firms meet or fail the criteria.");
		return finish(coverage, tier, exclude, List.of("CERTIFICATION", "FIGURE"));
	}

	/** Coverage of capitalFlows. */
	public Coverage capitalFlows(List<String> exclude) {
		Coverage.Builder coverage = new Coverage.Builder();
		Map<String, long[]> capital = this.queries.capital(exclude);
		Map<String, String> channels = Map.of("BANK_LOANS", "STATE_BANK_LOAN and COMMERCIAL_BANK_LOAN",
				"FUND_INVESTMENTS", "GUIDANCE_FUND and VC_PE", "OTHER_INVESTMENTS", "CORPORATE and PRIVATE_PLACEMENT",
				"LISTINGS", "IPO");
		for (String family : List.of("BANK_LOANS", "FUND_INVESTMENTS", "OTHER_INVESTMENTS", "LISTINGS")) {
			long[] counts = capital.getOrDefault(family, new long[2]);
			String name = words(family);
			coverage.count(camel(family), counts[0], "Recorded " + name + " of certified firms.")
				.count(camel(family) + "WithAmount", counts[1], "Of those, facts with an amount.");
			if (counts[0] == 0) {
				coverage.caveat("NO_DATA",
						"No " + name + " of certified firms are loaded: the " + channels.get(family) + " channel"
								+ (channels.get(family).contains(" and ") ? "s are" : " is") + " unknown, not zero.");
			}
			else if (counts[1] == 0) {
				coverage.caveat("NO_DATA", counts[0] + " " + name + " of certified firms are recorded but none with "
						+ "an amount: the " + channels.get(family) + " sums are unknown, not zero.");
			}
		}
		return finish(coverage, null, exclude, List.of("LENDS_TO", "INVESTS_IN", "LISTED_ON", "CERTIFICATION"));
	}

	/**
	 * Certified firms and how many have HS-coded products: the makers every match needs.
	 */
	private void makers(Coverage.Builder coverage, List<String> exclude, String absence) {
		Map<String, Object> certified = this.queries.certifiedFirms(null, null, null, exclude);
		long firms = CoverageQueries.number(certified, "certifiedFirms");
		long withCodes = CoverageQueries.number(certified, "withHsCodes");
		coverage.count("certifiedFirms", firms, "Firms holding a recorded certification.")
			.count("certifiedFirmsWithProducts", CoverageQueries.number(certified, "withProducts"),
					"Of those, firms with a recorded product.")
			.count("certifiedFirmsWithHsCodes", withCodes,
					"Of those, firms with a product classified under an HS code.")
			.thin(withCodes, firms,
					"Only %d of %d certified firms (%s) have a product with an HS code: " + absence
							+ " may only mean that no certified maker's product is recorded.")
			.caveat(ABSENCE, "A certified firm counts as a maker only if the graph records a product of it under "
					+ "the code; a product not recorded is not a product not made.");
		inferredBasis(coverage, exclude, "every product match in this answer rests on them");
	}

	private static void certifications(Coverage.Builder coverage, Map<String, Object> certified, String consequence) {
		long certifications = CoverageQueries.number(certified, "certifications");
		long withoutEnd = CoverageQueries.number(certified, "certificationsWithoutEnd");
		coverage
			.count("certifiedFirms", CoverageQueries.number(certified, "certifiedFirms"),
					"Firms in scope holding a recorded certification.")
			.count("certifications", certifications, "Their certifications.")
			.count("certificationsWithoutEnd", withoutEnd, "Of those, certifications with no end of validity.");
		if (withoutEnd > 0) {
			coverage.caveat("THIN_DATA",
					withoutEnd + " of " + certifications + " certifications in scope ("
							+ Coverage.percent(withoutEnd, certifications) + ") carry no end of validity and "
							+ consequence + ".");
		}
	}

	/** Published lists, facts left out by the confidence filter, and their caveats. */
	private Coverage finish(Coverage.Builder coverage, TierId tier, List<String> exclude, List<String> kinds) {
		List<Coverage.PublishedBatch> published = this.queries.published(tier, exclude);
		coverage.published(published);
		long publishedFirms = published.stream().mapToLong(Coverage.PublishedBatch::published).sum();
		long loadedFirms = published.stream().mapToLong(Coverage.PublishedBatch::loaded).sum();
		if (publishedFirms > 0 && loadedFirms < publishedFirms) {
			coverage.caveat("PARTIAL_LIST", String.format(Locale.ROOT,
					"The graph holds %,d of the %,d national firms published in the batches of %s (%s): counts of "
							+ "certified firms here are of the firms loaded, not of the programme. Import the official "
							+ "lists to widen them.",
					loadedFirms, publishedFirms,
					String.join(", ", published.stream().map(b -> tierWords(b.tier())).distinct().toList()),
					Coverage.percent(loadedFirms, publishedFirms)));
		}
		if (!exclude.isEmpty()) {
			Map<String, Map<String, Long>> facts = coverage.facts(this.queries::facts);
			long left = 0;
			for (String kind : kinds) {
				for (String confidence : exclude) {
					long n = facts.getOrDefault(kind, Map.of()).getOrDefault(confidence, 0L);
					if (n > 0) {
						coverage.excluded(new Coverage.Exclusion(kind, confidence, "EXCLUDED_CONFIDENCE", n));
						left += n;
					}
				}
			}
			if (left > 0) {
				coverage.caveat("EXCLUDED_FACTS", String.format(Locale.ROOT,
						"excludeConfidence %s left out %,d facts of the kinds this answer reads (see excluded).",
						exclude, left));
			}
		}
		return coverage.build();
	}

	/**
	 * An INFERRED_BASIS caveat when most HS classifications of products were derived by
	 * the maintainers (best-fit codes) rather than stated by a source.
	 */
	private void inferredBasis(Coverage.Builder coverage, List<String> exclude, String consequence) {
		if (exclude.contains("INFERRED")) {
			return;
		}
		Map<String, Long> byConfidence = coverage.facts(this.queries::facts)
			.getOrDefault("HS_CLASSIFICATION", Map.of());
		long all = byConfidence.entrySet()
			.stream()
			.filter(e -> !exclude.contains(e.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum();
		long inferred = byConfidence.getOrDefault("INFERRED", 0L);
		if (all > 0 && inferred >= Coverage.Builder.THIN * all) {
			coverage.caveat("INFERRED_BASIS",
					String.format(Locale.ROOT,
							"%,d of the %,d HS classifications of products in the graph (%s) are INFERRED: best-fit "
									+ "codes chosen by the maintainers, not stated by a source; %s. "
									+ "excludeConfidence: [INFERRED] shows what remains without them.",
							inferred, all, Coverage.percent(inferred, all), consequence));
		}
	}

	private static String certifiedScope(TierId tier) {
		return (tier == null) ? "certified firms" : "firms certified as " + tierWords(tier.name());
	}

	private static String scopeOf(String customerId, String sector) {
		if (customerId != null) {
			return "customer " + customerId;
		}
		return (sector != null) ? "the firms of sector " + sector : "any firm";
	}

	/** LITTLE_GIANT as "Little Giant", SPECIALIZED_SME as "Specialized SME". */
	private static String tierWords(String tier) {
		StringBuilder words = new StringBuilder();
		for (String word : tier.split("_")) {
			words.append(words.isEmpty() ? "" : " ")
				.append(word.equals("SME") ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
		}
		return words.toString();
	}

	/**
	 * "BANK_LOANS" or "RdIntensity" in lower-case words: "bank loans", "R&D intensity".
	 */
	static String words(String name) {
		String spaced = name.contains("_") ? name.replace('_', ' ').toLowerCase(Locale.ROOT)
				: name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
		return spaced.replaceAll("\\brd\\b", "R&D");
	}

	private static String camel(String name) {
		String words = name.toLowerCase(Locale.ROOT);
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : words.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}

}
