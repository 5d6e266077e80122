package io.littlegiants.kb.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.littlegiants.kb.common.Analysis;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference data of the knowledge base and the classification of firms by product, sector
 * and technology.
 */
@Service
@Transactional(readOnly = true)
public class CatalogService {

	private final CatalogQueries queries;

	CatalogService(CatalogQueries queries) {
		this.queries = queries;
	}

	public List<Tier> tiers() {
		return this.queries.list("MATCH (t:Tier) RETURN t{.*} AS x ORDER BY t.rank", Map.of(), Tier::from);
	}

	/** The ten sectors, or with {@code includeDirections} also their 23 directions. */
	public List<Sector> sectors(boolean includeDirections) {
		return this.queries.list("""
				MATCH (s:Sector) WHERE $all OR s.kind = 'SECTOR'
				RETURN s{.*, parentId: [(s)-[:PART_OF]->(p:Sector) | p.id][0]} AS x ORDER BY s.id
				""", Map.of("all", includeDirections), Sector::from);
	}

	public Map<String, List<Sector>> directionsOf(Collection<String> sectorIds) {
		return this.queries.grouped("""
				UNWIND $keys AS key MATCH (d:Sector)-[:PART_OF]->(:Sector {id: key})
				RETURN key, d{.*, parentId: key} AS x ORDER BY d.id
				""", sectorIds, Sector::from);
	}

	public List<Technology> technologies() {
		return this.queries.list("MATCH (t:Technology) RETURN t{.*} AS x ORDER BY coalesce(t.seq, 1000), t.name",
				Map.of(), Technology::from);
	}

	/** Whether a sector or direction has this id. */
	public boolean sectorExists(String id) {
		return !this.queries.list("MATCH (s:Sector {id: $id}) RETURN s{.*} AS x", Map.of("id", id), Sector::from)
			.isEmpty();
	}

	/** The country a code (DE, DEU), English or Chinese name names; empty if none. */
	public Optional<Country> country(String codeOrName) {
		return this.queries.list("""
				MATCH (c:Country)
				WHERE c.code = toUpper($text) OR c.alpha3 = toUpper($text) OR toLower(c.name) = toLower($text)
				   OR c.nameZh = $text
				RETURN c{.*} AS x ORDER BY c.code LIMIT 1
				""", Map.of("text", codeOrName.strip()), Country::from).stream().findFirst();
	}

	public Optional<HsCode> hsCode(String code) {
		return this.queries.list("MATCH (h:HsCode {code: $code}) RETURN h{.*} AS x", Map.of("code", code), HsCode::from)
			.stream()
			.findFirst();
	}

	public Map<String, List<HsCode>> hsCodes(Collection<String> codes) {
		return this.queries.grouped("UNWIND $keys AS key MATCH (h:HsCode {code: key}) RETURN key, h{.*} AS x", codes,
				HsCode::from);
	}

	public Map<String, List<HsCode>> hsChildren(Collection<String> codes) {
		return this.queries.grouped("""
				UNWIND $keys AS key MATCH (h:HsCode)-[:PART_OF]->(:HsCode {code: key})
				RETURN key, h{.*} AS x ORDER BY h.code
				""", codes, HsCode::from);
	}

	public Map<String, List<Country>> countries(Collection<String> codes) {
		return this.queries.grouped("UNWIND $keys AS key MATCH (c:Country {code: key}) RETURN key, c{.*} AS x", codes,
				Country::from);
	}

	public Map<String, List<Product>> productsOf(Collection<String> firmIds) {
		return this.queries.grouped("""
				UNWIND $keys AS key MATCH (:Organization {id: key})-[:MAKES]->(p:Product)
				RETURN key, p{.*, hsCodes: [(p)-[:CLASSIFIED_AS]->(h:HsCode) | h.code]} AS x ORDER BY p.id
				""", firmIds, Product::from);
	}

	public Map<String, List<Sector>> sectorsOf(Collection<String> firmIds) {
		return this.queries.grouped("""
				UNWIND $keys AS key MATCH (:Organization {id: key})-[:IN_SECTOR]->(s:Sector)
				RETURN key, s{.*, parentId: [(s)-[:PART_OF]->(p:Sector) | p.id][0]} AS x ORDER BY s.id
				""", firmIds, Sector::from);
	}

	public Map<String, List<Technology>> technologiesOf(Collection<String> firmIds) {
		return this.queries.grouped("""
				UNWIND $keys AS key MATCH (:Organization {id: key})-[:DEVELOPS]->(t:Technology)
				RETURN key, t{.*} AS x ORDER BY t.name
				""", firmIds, Technology::from);
	}

	/** Published programme facts, optionally only those about one tier. */
	public List<ProgramFact> programFacts(String tier) {
		return this.queries.list("""
				MATCH (f:ProgramFact) WHERE $tier IS NULL OR f.tier = $tier
				RETURN f{.*} AS x ORDER BY f.year, f.fact
				""", Analysis.parameters("tier", tier), ProgramFact::from);
	}

	/**
	 * Published trade flows, every criterion optional: reporter and partner codes (e.g.
	 * {@code EU27}, {@code CN}), flow ({@code EXPORT}, {@code IMPORT}, ...) and year.
	 */
	public List<TradeFlow> tradeFlows(String reporter, String partner, String flow, Integer year) {
		return this.queries.list("""
				MATCH (t:TradeFlow)
				WHERE ($reporter IS NULL OR t.reporter = $reporter) AND ($partner IS NULL OR t.partner = $partner)
				  AND ($flow IS NULL OR t.flow = $flow) AND ($year IS NULL OR t.year = $year)
				RETURN t{.*} AS x ORDER BY t.year, t.reporter, t.flow, t.classification, t.code
				""", Analysis.parameters("reporter", reporter, "partner", partner, "flow", flow, "year", year),
				TradeFlow::from);
	}

	public Map<String, List<ExportMarket>> exportMarketsOf(Collection<String> firmIds) {
		return this.queries.grouped("""
				UNWIND $keys AS key MATCH (:Organization {id: key})-[r:EXPORTS_TO]->(c:Country)
				RETURN key, r{.*, countryCode: c.code} AS x ORDER BY c.code
				""", firmIds, ExportMarket::from);
	}

	public Stats stats() {
		return this.queries.stats();
	}

}
