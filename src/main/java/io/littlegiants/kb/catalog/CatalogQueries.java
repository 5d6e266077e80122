package io.littlegiants.kb.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.littlegiants.kb.common.Graph;

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

	<T> List<T> list(String cypher, Map<String, Object> params, Function<Map<String, Object>, T> mapper) {
		return this.client.query(cypher)
			.bindAll(params)
			.fetch()
			.all()
			.stream()
			.map(row -> mapper.apply(Graph.map(row.get("x"))))
			.toList();
	}

	/** Rows of (key, x) grouped by key, every requested key present. */
	<T> Map<String, List<T>> grouped(String cypher, Collection<String> keys, Function<Map<String, Object>, T> mapper) {
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
			.filter(r -> "COMPLETE".equals(r.get("status")))
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
