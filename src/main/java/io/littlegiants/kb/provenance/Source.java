package io.littlegiants.kb.provenance;

import java.util.Map;

import io.littlegiants.kb.common.Graph;

/**
 * Where facts come from: a page, report, filing or dataset. Every node and relationship
 * lists the ids of its sources.
 *
 * @param id stable id, {@code src-...}
 * @param title the page's own title, or a description with publisher and date
 * @param url address, where there is one
 * @param publisher who published it, where known
 * @param date publication date or year, as precise as known
 * @param trust A (authoritative), B (real data with known noise) or C (compiled by hand)
 * @param synthetic true for generated data
 * @param note caveats
 */
public record Source(String id, String title, String url, String publisher, String date, String trust,
		boolean synthetic, String note) {

	static Source from(Map<String, Object> map) {
		return new Source(Graph.str(map, "id"), Graph.str(map, "title"), Graph.str(map, "url"),
				Graph.str(map, "publisher"), Graph.str(map, "date"), Graph.str(map, "trust"),
				Boolean.TRUE.equals(Graph.bool(map, "synthetic")), Graph.str(map, "note"));
	}

}
