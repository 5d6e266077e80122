package io.littlegiants.kb.provenance;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.TypeSystem;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The Cypher behind {@link SourceService}: sources by id, in batches, and paged.
 */
@Component
class SourceQueries {

	private final Neo4jClient client;

	SourceQueries(Neo4jClient client) {
		this.client = client;
	}

	Optional<Source> byId(String id) {
		return this.client.query("MATCH (s:Source {id: $id}) RETURN s{.*} AS s")
			.bind(id)
			.to("id")
			.fetchAs(Source.class)
			.mappedBy(SourceQueries::source)
			.one();
	}

	Collection<Source> byIds(List<String> ids) {
		return this.client.query("UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s{.*} AS s")
			.bind(ids)
			.to("ids")
			.fetchAs(Source.class)
			.mappedBy(SourceQueries::source)
			.all();
	}

	List<Source> page(String afterId, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("after", afterId);
		params.put("limit", limit);
		return List.copyOf(this.client.query("""
				MATCH (s:Source) WHERE $after IS NULL OR s.id > $after
				RETURN s{.*} AS s ORDER BY s.id LIMIT $limit
				""").bindAll(params).fetchAs(Source.class).mappedBy(SourceQueries::source).all());
	}

	private static Source source(TypeSystem types, Record record) {
		return Source.from(record.get("s").asMap());
	}

	long count() {
		return this.client.query("MATCH (s:Source) RETURN count(s) AS n").fetchAs(Long.class).one().orElse(0L);
	}

}
