package io.littlegiants.kb.exposure;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.littlegiants.kb.catalog.CatalogService;
import io.littlegiants.kb.catalog.HsCode;
import io.littlegiants.kb.catalog.ProgramFact;
import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Analysis.Bounded;
import io.littlegiants.kb.common.CypherOrder;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.NamedQueries;
import io.littlegiants.kb.firm.Certification;
import io.littlegiants.kb.firm.FirmService;
import io.littlegiants.kb.firm.Organization;
import io.littlegiants.kb.supplychain.Relationship;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trade analysts' questions: which certified Chinese firms substitute a foreign
 * firm's products, and which EU exporters are exposed to them.
 */
@Service
@Transactional(readOnly = true)
public class ExposureAnalysis {

	/** Published figures shown beside the computed aggregate. */
	static final List<String> PUBLISHED_FIGURES = List.of("fact-merics-eu-exports-to-china",
			"fact-merics-eu-exports-threatened");

	private final NamedQueries queries;

	private final CatalogService catalog;

	private final FirmService firms;

	ExposureAnalysis(NamedQueries queries, CatalogService catalog, FirmService firms) {
		this.queries = queries;
		this.catalog = catalog;
		this.firms = firms;
	}

	/** {@code cypher/queries/import-substitutes.cypher}. */
	public Bounded<ImportSubstitute> importSubstitutes(String hsCode, String foreignFirmId, boolean activeOnly,
			LocalDate day, List<String> exclude, int rows) {
		List<ImportSubstitute> found = this.queries
			.runCached("import-substitutes",
					Analysis.parameters("hsCode", hsCode, "foreignFirmId", foreignFirmId, "day", day, "activeOnly",
							activeOnly, "exclude", exclude, "limit", rows + 1))
			.stream()
			.map(row -> {
				Organization firm = Organization.from(Graph.map(row.get("firm")));
				return new ImportSubstitute(firm, Graph.str(row, "match"),
						Graph.maps(row.get("matches"))
							.stream()
							.map(m -> new ImportSubstitute.CodeMatch(Graph.str(m, "target"), Graph.str(m, "code"),
									Graph.str(m, "match")))
							.toList(),
						Graph.maps(row.get("certifications"))
							.stream()
							.map(c -> Certification.from(firm.id(), c))
							.toList(),
						Organization.allFrom(row.get("sharedCustomers")),
						Organization.allFrom(row.get("foreignFirmsChineseCustomers")),
						Graph.maps(row.get("capital"))
							.stream()
							.map(c -> new ImportSubstitute.Capital(Graph.str(c, "channel"), Graph.str(c, "currency"),
									Graph.decimal(c, "amount"), Graph.integer(c, "count")))
							.toList(),
						Organization.allFrom(row.get("replaces")));
			})
			.toList();
		return Bounded.of(found, rows);
	}

	/**
	 * {@code cypher/queries/eu-exposure.cypher} and {@code eu-exposure-aggregate.cypher}.
	 * @param explained whether to find each exporter's explanation (exposed products,
	 * shared customers, rivals): without it the exporters, their scores and counts come
	 * from the counts kept for the data as it is, and the lists are empty (at 1.1 million
	 * firms the explanation of a page of 50 exporters took 2 s)
	 */
	public EuExposure euExposure(String country, String sector, String hsCode, EuExposure.Weights w, boolean activeOnly,
			LocalDate day, List<String> exclude, int rows, int makersPerCode, boolean explained) {
		Map<String, Object> counted = Analysis.parameters("country", country == null ? null : country.toUpperCase(),
				"sector", sector, "hsCode", hsCode, "day", day, "activeOnly", activeOnly, "exclude", exclude);
		Map<String, Object> asked = new HashMap<>(counted);
		asked.putAll(Analysis.parameters("wMakers", w.makers(), "wCustomers", w.sharedCustomers(), "wRivals",
				w.documentedRivals(), "limit", rows + 1, "makersPerCode", makersPerCode, "explained", explained));
		List<Map<String, Object>> found = this.queries.runCached("eu-exposure", asked,
				() -> exposedExporters(counted, w, rows + 1, makersPerCode, explained));
		List<String> codes = found.stream()
			.flatMap(row -> Graph.maps(row.get("exposedProducts")).stream())
			.map(p -> Graph.str(p, "code"))
			.distinct()
			.toList();
		Map<String, List<HsCode>> hsCodes = this.catalog.hsCodes(codes);
		Map<String, Organization> named = organizationsNamedIn(found);
		List<EuExposure.Exporter> exporters = found.stream().map(row -> {
			Organization exporter = Organization.from(Graph.map(row.get("exporter")));
			return new EuExposure.Exporter(exporter, Graph.decimal(row, "score"), Graph.integer(row, "certifiedMakers"),
					Graph.maps(row.get("exposedProducts"))
						.stream()
						.map(p -> new EuExposure.ExposedProduct(hsCodes.get(Graph.str(p, "code")).get(0),
								Graph.strings(p, "makers").stream().map(named::get).filter(Objects::nonNull).toList(),
								Graph.integer(p, "makerCount")))
						.toList(),
					Graph.maps(row.get("sharedChineseCustomers"))
						.stream()
						.filter(s -> named.containsKey(Graph.str(s, "customer"))
								&& named.containsKey(Graph.str(s, "maker")))
						.map(s -> new EuExposure.SharedCustomer(named.get(Graph.str(s, "customer")),
								named.get(Graph.str(s, "maker"))))
						.toList(),
					Graph.maps(row.get("documentedRivals"))
						.stream()
						.filter(r -> named.containsKey(Graph.str(r, "rival")))
						.map(r -> Relationship.from("BOTH", r, named.get(Graph.str(r, "rival"))))
						.toList());
		}).toList();
		Bounded<EuExposure.Exporter> bounded = Bounded.of(exporters, rows);
		return new EuExposure(w, bounded.items(), bounded.truncated(), aggregate(activeOnly, day, exclude));
	}

	/**
	 * The first {@code limit} exporters by score, in two steps: every exporter's counts
	 * (kept for the data as it is, whatever the weights), weighed and ranked here; then,
	 * when {@code explained}, the explanation of those on the page.
	 */
	private List<Map<String, Object>> exposedExporters(Map<String, Object> counted, EuExposure.Weights w, int limit,
			int makersPerCode, boolean explained) {
		Map<String, Object> everyExporter = new HashMap<>(counted);
		everyExporter.put("ids", null);
		everyExporter.put("makersPerCode", 0);
		List<Scored> ranked = this.queries.runCached("eu-exposure", everyExporter)
			.stream()
			.map(counts -> new Scored(counts, score(w, counts)))
			.filter(exporter -> exporter.score() > 0)
			.sorted(Scored.RANKING)
			.limit(limit)
			.toList();
		if (ranked.isEmpty()) {
			return List.of();
		}
		if (!explained) {
			return ranked.stream()
				.map(exporter -> Map.of("exporter", exporter.counts().get("exporter"), "score", exporter.score(),
						"certifiedMakers", exporter.counts().get("makerCount")))
				.toList();
		}
		Map<String, Object> page = new HashMap<>(counted);
		page.put("ids", ranked.stream().map(Scored::id).toList());
		page.put("makersPerCode", makersPerCode);
		Map<String, Map<String, Object>> rowsById = new HashMap<>();
		this.queries.run("eu-exposure", page).forEach(r -> rowsById.put(Graph.str(r, "id"), Graph.map(r.get("row"))));
		// An exporter written away between the two steps (read-committed) is left out.
		return ranked.stream().filter(exporter -> rowsById.containsKey(exporter.id())).map(exporter -> {
			Map<String, Object> row = new HashMap<>(rowsById.get(exporter.id()));
			row.put("score", exporter.score());
			return row;
		}).toList();
	}

	/**
	 * The organizations the explanations name by id (makers, shared customers, rivals),
	 * each read once; one written away since the explanation was found is left out.
	 */
	private Map<String, Organization> organizationsNamedIn(List<Map<String, Object>> found) {
		Set<String> ids = new HashSet<>();
		found.forEach(row -> {
			Graph.maps(row.get("exposedProducts")).forEach(p -> ids.addAll(Graph.strings(p, "makers")));
			Graph.maps(row.get("sharedChineseCustomers")).forEach(s -> {
				ids.add(Graph.str(s, "customer"));
				ids.add(Graph.str(s, "maker"));
			});
			Graph.maps(row.get("documentedRivals")).forEach(r -> ids.add(Graph.str(r, "rival")));
		});
		return ids.isEmpty() ? Map.of() : this.firms.organizationsById(ids);
	}

	/** The exposure score: the weighted sum of an exporter's three counts. */
	private static double score(EuExposure.Weights w, Map<String, Object> counts) {
		return w.makers() * Graph.integer(counts, "makerCount")
				+ w.sharedCustomers() * Graph.integer(counts, "sharedCount")
				+ w.documentedRivals() * Graph.integer(counts, "rivalCount");
	}

	/**
	 * An exporter's place in the ranking: highest score first, then by name, then id.
	 *
	 * @param counts its row of the first step
	 */
	private record Scored(Map<String, Object> counts, double score) {

		String id() {
			return Graph.str(this.counts, "id");
		}

		String name() {
			return Graph.str(this.counts, "name");
		}

		static final Comparator<Scored> RANKING = Comparator.comparingDouble(Scored::score)
			.reversed()
			.thenComparing(Scored::name, CypherOrder.TEXT)
			.thenComparing(Scored::id);

	}

	private EuExposure.Aggregate aggregate(boolean activeOnly, LocalDate day, List<String> exclude) {
		Map<String, Object> row = this.queries
			.runCached("eu-exposure-aggregate",
					Analysis.parameters("hsLevel", 6, "year", null, "day", day, "activeOnly", activeOnly, "exclude",
							exclude))
			.get(0);
		List<ProgramFact> published = this.catalog.programFacts(null)
			.stream()
			.filter(f -> PUBLISHED_FIGURES.contains(f.id()))
			.toList();
		int flows = Graph.integer(row, "flows");
		Double total = Graph.decimal(row, "totalValueEur");
		Double exposed = Graph.decimal(row, "exposedValueEur");
		boolean computed = flows > 0 && total != null && total > 0;
		String note = computed
				? "Share of EU exports to China at HS subheading level (EU27 flows, else the member states), in the latest year loaded, whose code a certified Chinese firm makes."
				: "Not computed: no EU export flows to China at HS subheading level in EUR are loaded (the shipped trade data is by SITC group). Import Comext or Comtrade flows to compute it; the published figures are shown for reference only.";
		return new EuExposure.Aggregate(Graph.integer(row, "year"), flows, Graph.integer(row, "exposedFlows"),
				computed ? total : null, computed ? exposed : null, computed ? exposed / total : null, computed, note,
				published);
	}

}
