package io.littlegiants.kb.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.littlegiants.kb.catalog.CatalogService;
import io.littlegiants.kb.catalog.Country;
import io.littlegiants.kb.catalog.ExportMarket;
import io.littlegiants.kb.catalog.HsCode;
import io.littlegiants.kb.catalog.Product;
import io.littlegiants.kb.catalog.ProgramFact;
import io.littlegiants.kb.catalog.Sector;
import io.littlegiants.kb.catalog.Stats;
import io.littlegiants.kb.catalog.Technology;
import io.littlegiants.kb.catalog.Tier;
import io.littlegiants.kb.catalog.TradeFlow;
import io.littlegiants.kb.common.TierId;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Reference data: tiers, sectors, technologies, the HS tree, programme facts and graph
 * stats.
 */
@Controller
class CatalogController {

	private final CatalogService catalog;

	CatalogController(CatalogService catalog) {
		this.catalog = catalog;
	}

	@QueryMapping
	List<Tier> tiers() {
		return this.catalog.tiers();
	}

	@QueryMapping
	List<Sector> sectors() {
		return this.catalog.sectors(false);
	}

	@QueryMapping
	List<Technology> technologies() {
		return this.catalog.technologies();
	}

	@QueryMapping
	HsCode hsCode(@Argument String code) {
		return this.catalog.hsCode(Arguments.hsCodeDigits("code", code)).orElse(null);
	}

	@QueryMapping
	List<ProgramFact> programFacts(@Argument TierId tier) {
		return this.catalog.programFacts(tier);
	}

	@QueryMapping
	List<TradeFlow> tradeFlows(@Argument String reporter, @Argument String partner, @Argument String flow,
			@Argument Integer year) {
		return this.catalog.tradeFlows(reporter, partner, flow, year);
	}

	@QueryMapping
	Stats stats() {
		return this.catalog.stats();
	}

	@BatchMapping(typeName = "Sector")
	Map<Sector, Sector> parent(List<Sector> sectors) {
		Map<String, Sector> all = this.catalog.sectors(true)
			.stream()
			.collect(Collectors.toMap(Sector::id, Function.identity()));
		Map<Sector, Sector> result = new LinkedHashMap<>();
		sectors.stream().filter(s -> s.parentId() != null).forEach(s -> result.put(s, all.get(s.parentId())));
		return result;
	}

	@BatchMapping(typeName = "Sector")
	Map<Sector, List<Sector>> directions(List<Sector> sectors) {
		Map<String, List<Sector>> byId = this.catalog
			.directionsOf(sectors.stream().map(Sector::id).distinct().toList());
		return sectors.stream().collect(Collectors.toMap(Function.identity(), s -> byId.get(s.id()), (a, b) -> a));
	}

	@BatchMapping(typeName = "HsCode", field = "parent")
	Map<HsCode, HsCode> hsParent(List<HsCode> codes) {
		List<String> parents = codes.stream().map(HsCode::parentCode).filter(c -> c != null).distinct().toList();
		Map<String, List<HsCode>> byCode = this.catalog.hsCodes(parents);
		Map<HsCode, HsCode> result = new LinkedHashMap<>();
		codes.stream()
			.filter(c -> c.parentCode() != null && !byCode.get(c.parentCode()).isEmpty())
			.forEach(c -> result.put(c, byCode.get(c.parentCode()).get(0)));
		return result;
	}

	@BatchMapping(typeName = "HsCode")
	Map<HsCode, List<HsCode>> children(List<HsCode> codes) {
		Map<String, List<HsCode>> byCode = this.catalog
			.hsChildren(codes.stream().map(HsCode::code).distinct().toList());
		return codes.stream().collect(Collectors.toMap(Function.identity(), c -> byCode.get(c.code()), (a, b) -> a));
	}

	@BatchMapping(typeName = "ExportMarket", field = "hsCodes")
	Map<ExportMarket, List<HsCode>> exportHsCodes(List<ExportMarket> markets) {
		List<String> codes = markets.stream().flatMap(m -> m.hsCodes().stream()).distinct().toList();
		return resolveCodes(markets, ExportMarket::hsCodes, this.catalog.hsCodes(codes));
	}

	@BatchMapping(typeName = "ExportMarket")
	Map<ExportMarket, Country> country(List<ExportMarket> markets) {
		Map<String, List<Country>> countries = this.catalog
			.countries(markets.stream().map(ExportMarket::countryCode).distinct().toList());
		return markets.stream()
			.filter(m -> !countries.get(m.countryCode()).isEmpty())
			.collect(Collectors.toMap(Function.identity(), m -> countries.get(m.countryCode()).get(0), (a, b) -> a));
	}

	@BatchMapping(typeName = "Product", field = "hsCodes")
	Map<Product, List<HsCode>> productHsCodes(List<Product> products) {
		List<String> codes = products.stream().flatMap(p -> p.hsCodes().stream()).distinct().toList();
		return resolveCodes(products, Product::hsCodes, this.catalog.hsCodes(codes));
	}

	/** Replaces each item's HS code strings by the HsCode records found for them. */
	static <T> Map<T, List<HsCode>> resolveCodes(List<T> items, Function<T, List<String>> codesOf,
			Map<String, List<HsCode>> byCode) {
		return items.stream()
			.collect(Collectors.toMap(Function.identity(),
					item -> codesOf.apply(item)
						.stream()
						.flatMap(code -> byCode.getOrDefault(code, List.of()).stream())
						.toList(),
					(a, b) -> a));
	}

}
