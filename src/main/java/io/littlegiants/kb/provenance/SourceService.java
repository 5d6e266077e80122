package io.littlegiants.kb.provenance;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Answers "says who?": resolves source ids to {@link Source}s, one query per batch of
 * facts.
 */
@Service
public class SourceService {

	private final Neo4jClient client;

	SourceService(Neo4jClient client) {
		this.client = client;
	}

	public Optional<Source> byId(String id) {
		return this.client.query("MATCH (s:Source {id: $id}) RETURN s{.*} AS s")
			.bind(id)
			.to("id")
			.fetchAs(Source.class)
			.mappedBy((types, record) -> Source.from(record.get("s").asMap()))
			.one();
	}

	/**
	 * The sources of many facts at once.
	 * @param facts the facts, e.g. relationships of a page of firms
	 * @param sourceIds how to read a fact's source ids
	 * @return each fact's sources, in the order of its ids
	 */
	public <T> Map<T, List<Source>> sourcesOf(Collection<T> facts, Function<T, List<String>> sourceIds) {
		List<String> ids = facts.stream().flatMap(f -> sourceIds.apply(f).stream()).distinct().toList();
		Map<String, Source> byId = new LinkedHashMap<>();
		this.client.query("UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s{.*} AS s")
			.bind(ids)
			.to("ids")
			.fetchAs(Source.class)
			.mappedBy((types, record) -> Source.from(record.get("s").asMap()))
			.all()
			.forEach(s -> byId.put(s.id(), s));
		Map<T, List<Source>> result = new LinkedHashMap<>();
		for (T fact : facts) {
			result.put(fact, sourceIds.apply(fact).stream().map(byId::get).filter(s -> s != null).toList());
		}
		return result;
	}

	/**
	 * A page of all sources, ordered by id, after the given id (null for the first page).
	 */
	public List<Source> page(String afterId, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("after", afterId);
		params.put("limit", limit);
		return List.copyOf(this.client.query("""
				MATCH (s:Source) WHERE $after IS NULL OR s.id > $after
				RETURN s{.*} AS s ORDER BY s.id LIMIT $limit
				""")
			.bindAll(params)
			.fetchAs(Source.class)
			.mappedBy((types, record) -> Source.from(record.get("s").asMap()))
			.all());
	}

	public long count() {
		return this.client.query("MATCH (s:Source) RETURN count(s) AS n").fetchAs(Long.class).one().orElse(0L);
	}

}
