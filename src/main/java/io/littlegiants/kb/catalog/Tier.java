package io.littlegiants.kb.catalog;

import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.Sourced;

/**
 * A rank of the cultivation pyramid, with its published target size.
 */
public record Tier(String id, int rank, String name, String nameZh, Long targetSize,
		List<String> sourceIds) implements Sourced {

	public static Tier from(Map<String, Object> map) {
		Integer target = Graph.integer(map, "targetSize");
		return new Tier(Graph.str(map, "id"), Graph.integer(map, "rank"), Graph.str(map, "name"),
				Graph.str(map, "nameZh"), target == null ? null : target.longValue(), Graph.strings(map, "sourceIds"));
	}

}
