package io.littlegiants.kb.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.TierId;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Cypher behind the reference data (tiers, sectors, technologies, HS codes, countries,
 * facts) and the per-firm classification fields.
 */
@Component
class CatalogQueries {

	/** Labels and relationship types counted by {@code stats}: the graph model's own. */
	static final List<String> LABELS = List.of("Organization", "Firm", "Institution", "Exchange", "Authority", "Bank",
			"Fund", "Certification", "Tier", "Sector", "Technology", "HsCode", "Product", "Country", "Region",
			"TradeFlow", "ProgramFact", "Source");

	static final List<String> TYPES = List.of("HOLDS", "OF_TIER", "ISSUED_BY", "MAKES", "CLASSIFIED_AS", "IN_SECTOR",
			"DEVELOPS", "SUPPLIES", "MENTORS", "COLLABORATES_WITH", "LENDS_TO", "INVESTS_IN", "LISTED_ON",
			"COMPETES_WITH", "EXPORTS_TO", "PART_OF", "IN_COUNTRY", "REPORTED_BY", "PARTNER");

	private final Neo4jClient client;

	CatalogQueries(Neo4jClient client) {
		this.client = client;
	}

	List<Tier> tiers() {
		return list("MATCH (t:Tier) RETURN t{.*} AS x ORDER BY t.rank", Map.of(), Tier::from);
	}

	List<Sector> sectors(boolean includeDirections) {
		return list("""
				MATCH (s:Sector) WHERE $all OR s.kind = 'SECTOR'
				RETURN s{.*, parentId: [(s)-[:PART_OF]->(p:Sector) | p.id][0]} AS x ORDER BY s.id
				""", Map.of("all", includeDirections), Sector::from);
	}

	Map<String, List<Sector>> directionsOf(Collection<String> sectorIds) {
		return grouped("""
				UNWIND $keys AS key MATCH (d:Sector)-[:PART_OF]->(:Sector {id: key})
				RETURN key, d{.*, parentId: key} AS x ORDER BY d.id
				""", sectorIds, Sector::from);
	}

	List<Technology> technologies() {
		return list("MATCH (t:Technology) RETURN t{.*} AS x ORDER BY coalesce(t.seq, 1000), t.name", Map.of(),
				Technology::from);
	}

	boolean sectorExists(String id) {
		return !list("MATCH (s:Sector {id: $id}) RETURN s{.*} AS x", Map.of("id", id), Sector::from).isEmpty();
	}

	Optional<Country> country(String codeOrName) {
		return list("""
				MATCH (c:Country)
				WHERE c.code = toUpper($text) OR c.alpha3 = toUpper($text) OR toLower(c.name) = toLower($text)
				   OR c.nameZh = $text
				RETURN c{.*} AS x ORDER BY c.code LIMIT 1
				""", Map.of("text", codeOrName.strip()), Country::from).stream().findFirst();
	}

	Optional<HsCode> hsCode(String code) {
		return list("MATCH (h:HsCode {code: $code}) RETURN h{.*} AS x", Map.of("code", code), HsCode::from).stream()
			.findFirst();
	}

	Map<String, List<HsCode>> hsCodes(Collection<String> codes) {
		return grouped("UNWIND $keys AS key MATCH (h:HsCode {code: key}) RETURN key, h{.*} AS x", codes, HsCode::from);
	}

	Map<String, List<HsCode>> hsChildren(Collection<String> codes) {
		return grouped("""
				UNWIND $keys AS key MATCH (h:HsCode)-[:PART_OF]->(:HsCode {code: key})
				RETURN key, h{.*} AS x ORDER BY h.code
				""", codes, HsCode::from);
	}

	Map<String, List<Country>> countries(Collection<String> codes) {
		return grouped("UNWIND $keys AS key MATCH (c:Country {code: key}) RETURN key, c{.*} AS x", codes,
				Country::from);
	}

	Map<String, List<Product>> productsOf(Collection<String> firmIds) {
		return grouped("""
				UNWIND $keys AS key MATCH (:Organization {id: key})-[:MAKES]->(p:Product)
				RETURN key, p{.*, hsCodes: [(p)-[:CLASSIFIED_AS]->(h:HsCode) | h.code]} AS x ORDER BY p.id
				""", firmIds, Product::from);
	}

	Map<String, List<Sector>> sectorsOf(Collection<String> firmIds) {
		return grouped("""
				UNWIND $keys AS key MATCH (:Organization {id: key})-[:IN_SECTOR]->(s:Sector)
				RETURN key, s{.*, parentId: [(s)-[:PART_OF]->(p:Sector) | p.id][0]} AS x ORDER BY s.id
				""", firmIds, Sector::from);
	}

	Map<String, List<Technology>> technologiesOf(Collection<String> firmIds) {
		return grouped("""
				UNWIND $keys AS key MATCH (:Organization {id: key})-[:DEVELOPS]->(t:Technology)
				RETURN key, t{.*} AS x ORDER BY t.name
				""", firmIds, Technology::from);
	}

	List<ProgramFact> programFacts(TierId tier) {
		return list("""
				MATCH (f:ProgramFact) WHERE $tier IS NULL OR f.tier = $tier
				RETURN f{.*} AS x ORDER BY f.year, f.fact
				""", Analysis.parameters("tier", tier), ProgramFact::from);
	}

	List<TradeFlow> tradeFlows(String reporter, String partner, String flow, Integer year) {
		return list("""
				MATCH (t:TradeFlow)
				WHERE ($reporter IS NULL OR t.reporter = $reporter) AND ($partner IS NULL OR t.partner = $partner)
				  AND ($flow IS NULL OR t.flow = $flow) AND ($year IS NULL OR t.year = $year)
				RETURN t{.*} AS x ORDER BY t.year, t.reporter, t.flow, t.classification, t.code
				""", Analysis.parameters("reporter", reporter, "partner", partner, "flow", flow, "year", year),
				TradeFlow::from);
	}

	Map<String, List<ExportMarket>> exportMarketsOf(Collection<String> firmIds) {
		return grouped("""
				UNWIND $keys AS key MATCH (:Organization {id: key})-[r:EXPORTS_TO]->(c:Country)
				RETURN key, r{.*, countryCode: c.code} AS x ORDER BY c.code
				""", firmIds, ExportMarket::from);
	}

	private <T> List<T> list(String cypher, Map<String, Object> params, Function<Map<String, Object>, T> mapper) {
		return this.client.query(cypher)
			.bindAll(params)
			.fetch()
			.all()
			.stream()
			.map(row -> mapper.apply(Graph.map(row.get("x"))))
			.toList();
	}

	/** Rows of (key, x) grouped by key, every requested key present. */
	private <T> Map<String, List<T>> grouped(String cypher, Collection<String> keys,
			Function<Map<String, Object>, T> mapper) {
		return Graph.grouped(keys, this.client.query(cypher).bind(keys).to("keys").fetch().all(), "key",
				row -> mapper.apply(Graph.map(row.get("x"))));
	}

	Stats stats() {
		// Labels and types come from the constant lists above; counts are read from
		// the count store. A label or type the graph does not have yet counts 0
		// without a query, which would only log the database's "does not exist"
		// warning on every call.
		Set<String> labels = Set
			.copyOf(this.client.query("CALL db.labels() YIELD label RETURN label").fetchAs(String.class).all());
		Set<String> types = Set
			.copyOf(this.client.query("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType")
				.fetchAs(String.class)
				.all());
		List<Stats.Count> nodes = LABELS.stream()
			.map(label -> new Stats.Count(label,
					labels.contains(label) ? count("MATCH (n:" + label + ") RETURN count(n) AS n") : 0))
			.toList();
		List<Stats.Count> rels = TYPES.stream()
			.map(type -> new Stats.Count(type,
					types.contains(type) ? count("MATCH ()-[r:" + type + "]->() RETURN count(r) AS n") : 0))
			.toList();
		return new Stats(nodes, rels, dataVersion(labels));
	}

	/**
	 * The bookkeeping nodes are read whole ({@code properties}), so a graph without a
	 * completed import or a dataset load asks for no property it does not know yet.
	 */
	private DataVersion dataVersion(Set<String> labels) {
		List<DataVersion.Dataset> datasets = bookkeeping(labels, "DatasetLoad").stream()
			.map(d -> new DataVersion.Dataset(Graph.str(d, "id"), String.valueOf(d.getOrDefault("checksum", "")),
					(d.get("rows") instanceof Number n) ? n.longValue() : 0, text(d.get("loadedAt"))))
			.sorted(Comparator.comparing(DataVersion.Dataset::id))
			.toList();
		List<DataVersion.Import> imports = bookkeeping(labels, "ImportRun").stream()
			// A dataset's own files are imported too; the dataset stands for them.
			.filter(r -> "COMPLETE".equals(r.get("status")) && r.get("dataset") == null)
			.map(r -> new DataVersion.Import(Graph.str(r, "id"), Graph.str(r, "file"), Graph.str(r, "format"),
					Graph.str(r, "sourceId"), (r.get("rows") instanceof Number n) ? n.longValue() : null,
					text(r.get("completedAt"))))
			.sorted(Comparator.comparing((DataVersion.Import i) -> String.valueOf(i.completedAt()))
				.thenComparing(DataVersion.Import::runId))
			.toList();
		return DataVersion.of(datasets, imports);
	}

	private List<Map<String, Object>> bookkeeping(Set<String> labels, String label) {
		if (!labels.contains(label)) {
			return List.of();
		}
		return this.client.query("MATCH (n:" + label + ") RETURN properties(n) AS n")
			.fetch()
			.all()
			.stream()
			.map(row -> Graph.map(row.get("n")))
			.toList();
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private long count(String cypher) {
		return this.client.query(cypher).fetchAs(Long.class).one().orElse(0L);
	}

}
