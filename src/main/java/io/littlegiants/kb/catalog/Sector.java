package io.littlegiants.kb.catalog;

import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.Sourced;

/**
 * A Made in China 2025 priority sector ({@code kind} SECTOR) or one of its directions
 * ({@code kind} DIRECTION, with a parent).
 */
public record Sector(String id, String kind, String code, String name, String nameZh, String parentId,
		Confidence confidence, List<String> sourceIds) implements Sourced {

	static Sector from(Map<String, Object> map) {
		return new Sector(Graph.str(map, "id"), Graph.str(map, "kind"), Graph.str(map, "code"), Graph.str(map, "name"),
				Graph.str(map, "nameZh"), Graph.str(map, "parentId"),
				Graph.constant(map, "confidence", Confidence.class), Graph.strings(map, "sourceIds"));
	}

}
