package io.littlegiants.kb.provenance;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;

/**
 * Answers "says who?": resolves source ids to {@link Source}s, one query per batch of
 * facts.
 */
@Service
public class SourceService {

	private final SourceQueries queries;

	SourceService(SourceQueries queries) {
		this.queries = queries;
	}

	public Optional<Source> byId(String id) {
		return this.queries.byId(id);
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
		this.queries.byIds(ids).forEach(s -> byId.put(s.id(), s));
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
		return this.queries.page(afterId, limit);
	}

	public long count() {
		return this.queries.count();
	}

}
