package io.littlegiants.kb.catalog;

import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.Sourced;

/**
 * Trade in goods from a reporter to a partner in one product group and year, as
 * published: a value in EUR, or a share where the source gives only that.
 */
public record TradeFlow(String id, String reporter, String partner, String flow, Integer year, String classification,
		String code, String productGroup, Double valueEur, Double sharePct, String notes, Confidence confidence,
		List<String> sourceIds) implements Sourced {

	static TradeFlow from(Map<String, Object> map) {
		return new TradeFlow(Graph.str(map, "id"), Graph.str(map, "reporter"), Graph.str(map, "partner"),
				Graph.str(map, "flow"), Graph.integer(map, "year"), Graph.str(map, "classification"),
				Graph.str(map, "code"), Graph.str(map, "productGroup"), Graph.decimal(map, "valueEur"),
				Graph.decimal(map, "sharePct"), Graph.str(map, "notes"),
				Graph.constant(map, "confidence", Confidence.class), Graph.strings(map, "sourceIds"));
	}

}
