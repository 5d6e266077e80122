package io.littlegiants.kb.firm;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.Sourced;

/**
 * Any organization of the shared id space: a firm, or an institution (university,
 * research institute, hospital, bank, fund, authority, exchange). {@code kind} says
 * which.
 */
public record Organization(String id, OrganizationKind kind, String name, String nameZh, String shortNameZh,
		String nameEn, List<String> aliases, String countryCode, String provinceCode, String province,
		String provinceEn, String city, String district, String founded, String ownership, String ownershipNote,
		String controller, String size, String uscc, String industry, String mainProducts, ChinaRevenue chinaRevenue,
		String notes, Confidence confidence, List<String> sourceIds) implements Sourced {

	/**
	 * The id's hash alone: equal organizations share their id, and the batch loaders hash
	 * each firm of a page as a key of their sets and maps, which over every field (long
	 * notes included, read afresh for each request) took about 6% of a page's request
	 * thread.
	 */
	@Override
	public int hashCode() {
		return Objects.hashCode(this.id);
	}

	/** Whether this organization is exposed as the GraphQL type {@code Firm}. */
	public boolean isFirm() {
		return this.kind == OrganizationKind.FIRM;
	}

	/**
	 * Reads a list of {@code Organization} property maps, as returned by {@code collect}.
	 */
	public static List<Organization> allFrom(Object maps) {
		return Graph.maps(maps).stream().map(Organization::from).toList();
	}

	/** Reads the property map of an {@code Organization} node. */
	public static Organization from(Map<String, Object> map) {
		ChinaRevenue revenue = ChinaRevenue.from(map);
		return new Organization(Graph.str(map, "id"), Graph.constant(map, "kind", OrganizationKind.class),
				Graph.str(map, "name"), Graph.str(map, "nameZh"), Graph.str(map, "shortNameZh"),
				Graph.str(map, "nameEn"), Graph.strings(map, "aliases"), Graph.str(map, "country"),
				Graph.str(map, "provinceCode"), Graph.str(map, "province"), Graph.str(map, "provinceEn"),
				Graph.str(map, "city"), Graph.str(map, "district"), Graph.str(map, "founded"),
				Graph.str(map, "ownership"), Graph.str(map, "ownershipNote"), Graph.str(map, "controller"),
				Graph.str(map, "size"), Graph.str(map, "uscc"), Graph.str(map, "industry"),
				Graph.str(map, "mainProducts"), revenue, Graph.str(map, "notes"),
				Graph.constant(map, "confidence", Confidence.class), Graph.strings(map, "sourceIds"));
	}

	/**
	 * Revenue a (mostly European) firm makes in China, as its source states it.
	 *
	 * @param value amount in full units of the currency
	 * @param currency ISO 4217 code
	 * @param fiscalYear the fiscal year it refers to
	 * @param sharePct share of group revenue, in percent
	 * @param scope what the figure covers (China, Greater China, deliveries incl. JVs,
	 * ...)
	 */
	public record ChinaRevenue(Double value, String currency, String fiscalYear, Double sharePct, String scope) {

		static ChinaRevenue from(Map<String, Object> map) {
			Double value = Graph.decimal(map, "chinaRevenueValue");
			Double share = Graph.decimal(map, "chinaRevenueSharePct");
			String scope = Graph.str(map, "chinaRevenueScope");
			if (value == null && share == null && scope == null) {
				return null;
			}
			return new ChinaRevenue(value, Graph.str(map, "chinaRevenueCurrency"),
					Graph.str(map, "chinaRevenueFiscalYear"), share, scope);
		}

	}

}
