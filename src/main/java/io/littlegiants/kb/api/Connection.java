package io.littlegiants.kb.api;

import java.util.List;

/**
 * A Relay connection: edges with cursors, page info and the total count.
 */
record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Long totalCount) {

	record Edge<T>(T node, String cursor) {
	}

	record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	static <T> Connection<T> of(List<Edge<T>> edges, boolean hasNextPage, boolean hasPreviousPage, Long totalCount) {
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new PageInfo(hasNextPage, hasPreviousPage, start, end), totalCount);
	}

}
