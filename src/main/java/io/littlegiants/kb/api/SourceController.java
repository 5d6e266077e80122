package io.littlegiants.kb.api;

import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.Sourced;
import io.littlegiants.kb.provenance.Source;
import io.littlegiants.kb.provenance.SourceService;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Sources, and the {@code sources} field of every type that states facts: says who?
 */
@Controller
class SourceController {

	static final int MAX_PAGE = 500;

	private final SourceService sources;

	SourceController(SourceService sources) {
		this.sources = sources;
	}

	@QueryMapping
	Source source(@Argument String id) {
		return this.sources.byId(id).orElse(null);
	}

	@QueryMapping
	Connection<Source> sources(@Argument int first, @Argument String after) {
		int size = Cursors.pageSize(first, MAX_PAGE);
		List<String> position = Cursors.decode("sources", after, 1);
		List<Source> page = this.sources.page(position == null ? null : position.get(0), size + 1);
		boolean more = page.size() > size;
		List<Connection.Edge<Source>> edges = page.stream()
			.limit(size)
			.map(s -> new Connection.Edge<>(s, Cursors.encode("sources", s.id())))
			.toList();
		return Connection.of(edges, more, position != null, this.sources.count());
	}

	/**
	 * The {@code sources} of every type that states facts, mapped once on the
	 * {@code Sourced} interface: Spring for GraphQL registers it for each type that
	 * implements it, with one batch per type and level of a response.
	 */
	@BatchMapping(typeName = "Sourced")
	Map<Sourced, List<Source>> sources(List<Sourced> facts) {
		return this.sources.sourcesOf(facts, Sourced::sourceIds);
	}

}
