package io.littlegiants.kb.pyramid;

import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.Sourced;

/**
 * A figure a firm reported for a period (revenue, R&D intensity, invention patents, main
 * business share), as its source gives it.
 */
public record Figure(String id, String metric, String period, Double value, String unit, String notes,
		Confidence confidence, List<String> sourceIds) implements Sourced {

	static Figure from(Map<String, Object> map) {
		if (map == null || map.isEmpty()) {
			return null;
		}
		return new Figure(Graph.str(map, "id"), Graph.str(map, "metric"), Graph.str(map, "period"),
				Graph.decimal(map, "value"), Graph.str(map, "unit"), Graph.str(map, "notes"),
				Graph.constant(map, "confidence", Confidence.class), Graph.strings(map, "sourceIds"));
	}

}
