package io.littlegiants.kb.supplychain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.catalog.HsCode;
import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Analysis.Bounded;
import io.littlegiants.kb.common.Analysis.Money;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.NamedQueries;
import io.littlegiants.kb.common.TierId;
import io.littlegiants.kb.firm.Organization;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * N-tier and dependency questions over SUPPLIES: supply paths, single-source dependencies
 * and supply-chain gaps. Each runs one file under {@code cypher/queries/}.
 */
@Service
@Transactional(readOnly = true)
public class SupplyChainAnalysis {

	/** Deepest supply path followed. */
	public static final int MAX_DEPTH = 6;

	private final NamedQueries queries;

	SupplyChainAnalysis(NamedQueries queries) {
		this.queries = queries;
	}

	/**
	 * {@code cypher/queries/supply-paths.cypher}, one step per tier
	 * ({@link SupplyPathSearch}), then {@code supply-paths-hops.cypher} for the page.
	 */
	public Bounded<SupplyPath> supplyPaths(List<String> firmIds, SupplyDirection direction, int maxDepth, TierId tier,
			boolean certified, LocalDate asOf, boolean activeOnly, LocalDate day, List<String> exclude, int rows) {
		List<Map<String, Object>> page = new SupplyPathSearch(this.queries,
				Analysis.parameters("direction", direction, "tier", tier, "certified", certified, "asOf",
						Analysis.text(asOf), "day", day, "activeOnly", activeOnly, "exclude", exclude),
				SupplyPathSearch.LARGE_TIER)
			.page(firmIds, maxDepth, rows + 1);
		List<SupplyPath> paths = this.queries.run("supply-paths-hops", Map.of("paths", page))
			.stream()
			.map(row -> new SupplyPath(Organization.from(Graph.map(row.get("firm"))), Graph.integer(row, "depth"),
					Graph.maps(row.get("hops")).stream().map(SupplyChainAnalysis::hop).toList(),
					Organization.from(Graph.map(row.get("start")))))
			.toList();
		return Bounded.of(paths, rows);
	}

	/** {@code cypher/queries/single-source-dependencies.cypher}. */
	public Bounded<SingleSourceDependency> singleSourceDependencies(String customerId, int hsLevel, LocalDate asOf,
			boolean activeOnly, LocalDate day, List<String> exclude, int rows, int makersPerCode) {
		List<SingleSourceDependency> found = this.queries.runCached("single-source-dependencies",
				Analysis.parameters("customerId", customerId, "hsLevel", checkLevel(hsLevel), "asOf",
						Analysis.text(asOf), "day", day, "activeOnly", activeOnly, "exclude", exclude, "limit",
						rows + 1, "makersPerCode", makersPerCode))
			.stream()
			.map(row -> {
				Organization supplier = Organization.from(Graph.map(row.get("supplier")));
				Organization customer = Organization.from(Graph.map(row.get("customer")));
				List<Relationship> supplies = Graph.maps(row.get("edges"))
					.stream()
					.map(e -> Relationship.from("INCOMING", e, supplier))
					.toList();
				return new SingleSourceDependency(customer, HsCode.from(Graph.map(row.get("hsCode"))), supplier,
						supplies, Organization.allFrom(row.get("alternatives")),
						Graph.integer(row, "alternativeCount"));
			})
			.toList();
		return Bounded.of(found, rows);
	}

	/** {@code cypher/queries/supply-chain-gaps.cypher}. */
	public Bounded<SupplyChainGap> gaps(String customerId, String sector, int hsLevel, LocalDate asOf,
			boolean activeOnly, LocalDate day, List<String> exclude, int rows, int makersPerCode) {
		List<SupplyChainGap> gaps = this.queries
			.runCached("supply-chain-gaps",
					Analysis.parameters("customerId", customerId, "sector", sector, "hsLevel", checkLevel(hsLevel),
							"asOf", Analysis.text(asOf), "day", day, "activeOnly", activeOnly, "exclude", exclude,
							"limit", rows + 1, "makersPerCode", makersPerCode))
			.stream()
			.map(row -> new SupplyChainGap(HsCode.from(Graph.map(row.get("hsCode"))),
					Boolean.TRUE.equals(row.get("gap")), Graph.integer(row, "foreignPurchases"),
					Organization.allFrom(row.get("foreignSuppliers")), money(row.get("values")),
					Organization.allFrom(row.get("certifiedMakers")), Graph.integer(row, "certifiedMakerCount"),
					Graph.maps(row.get("purchases")).stream().map(p -> {
						Organization supplier = Organization.from(Graph.map(p.get("supplier")));
						return Relationship.from("INCOMING", p, supplier);
					}).toList()))
			.toList();
		return Bounded.of(gaps, rows);
	}

	private static SupplyPath.Hop hop(Map<String, Object> hop) {
		Organization supplier = Organization.from(Graph.map(hop.get("supplier")));
		Organization customer = Organization.from(Graph.map(hop.get("customer")));
		return new SupplyPath.Hop(supplier, Relationship.from("OUTGOING", hop, customer));
	}

	private static List<Money> money(Object list) {
		return Graph.maps(list)
			.stream()
			.map(m -> new Money(Graph.str(m, "currency"), Graph.decimal(m, "amount")))
			.toList();
	}

	private static int checkLevel(int hsLevel) {
		if (hsLevel != 4 && hsLevel != 6) {
			throw new IllegalArgumentException("an HS level is 4 (heading) or 6 (subheading), was " + hsLevel);
		}
		return hsLevel;
	}

}
