package io.littlegiants.kb.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
		Map<String, List<T>> result = new LinkedHashMap<>();
		keys.forEach(k -> result.put(k, new ArrayList<>()));
		this.client.query(cypher)
			.bind(keys)
			.to("keys")
			.fetch()
			.all()
			.forEach(row -> result.get((String) row.get("key")).add(mapper.apply(Graph.map(row.get("x")))));
		return result;
	}

	Stats stats() {
		// Labels and types come from the constant lists above; counts are read from the
		// count store.
		List<Stats.Count> nodes = LABELS.stream()
			.map(label -> new Stats.Count(label, count("MATCH (n:" + label + ") RETURN count(n) AS n")))
			.toList();
		List<Stats.Count> rels = TYPES.stream()
			.map(type -> new Stats.Count(type, count("MATCH ()-[r:" + type + "]->() RETURN count(r) AS n")))
			.toList();
		return new Stats(nodes, rels, dataVersion());
	}

	private DataVersion dataVersion() {
		List<DataVersion.Dataset> datasets = this.client.query("""
				MATCH (d:DatasetLoad) RETURN d.id AS id, d.checksum AS checksum, d.rows AS rows,
				       toString(d.loadedAt) AS loadedAt ORDER BY d.id
				""")
			.fetchAs(DataVersion.Dataset.class)
			.mappedBy((types, r) -> new DataVersion.Dataset(r.get("id").asString(), r.get("checksum").asString(""),
					r.get("rows").asLong(0), r.get("loadedAt").asString(null)))
			.all()
			.stream()
			.toList();
		List<DataVersion.Import> imports = this.client.query("""
				MATCH (r:ImportRun {status: 'COMPLETE'})
				RETURN r.id AS runId, r.file AS file, r.format AS format, r.sourceId AS sourceId, r.rows AS rows,
				       toString(r.completedAt) AS completedAt ORDER BY r.completedAt, r.id
				""")
			.fetchAs(DataVersion.Import.class)
			.mappedBy((types, r) -> new DataVersion.Import(r.get("runId").asString(), r.get("file").asString(null),
					r.get("format").asString(null), r.get("sourceId").asString(null),
					r.get("rows").isNull() ? null : r.get("rows").asLong(), r.get("completedAt").asString(null)))
			.all()
			.stream()
			.toList();
		return DataVersion.of(datasets, imports);
	}

	private long count(String cypher) {
		return this.client.query(cypher).fetchAs(Long.class).one().orElse(0L);
	}

}
