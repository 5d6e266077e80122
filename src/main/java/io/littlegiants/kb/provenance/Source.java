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
 * @param retrieved when it was read, where known
 * @param language language of the text (ISO 639-1)
 * @param licence the licence of a dataset, where known
 * @param trust A (authoritative), B (real data with known noise) or C (compiled by hand)
 * @param maxConfidence the best confidence a fact resting on this source alone can have
 * @param synthetic true for generated data
 * @param note caveats
 */
public record Source(String id, String title, String url, String publisher, String date, String retrieved,
		String language, String licence, String trust, String maxConfidence, boolean synthetic, String note) {

	static Source from(Map<String, Object> map) {
		return new Source(Graph.str(map, "id"), Graph.str(map, "title"), Graph.str(map, "url"),
				Graph.str(map, "publisher"), Graph.str(map, "date"), Graph.str(map, "retrieved"),
				Graph.str(map, "language"), Graph.str(map, "licence"), Graph.str(map, "trust"),
				Graph.str(map, "maxConfidence"), Boolean.TRUE.equals(Graph.bool(map, "synthetic")),
				Graph.str(map, "note"));
	}

}
