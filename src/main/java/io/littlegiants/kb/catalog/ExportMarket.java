package io.littlegiants.kb.catalog;

import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.Sourced;

/**
 * A country a firm exports to, where the source names no customer firm.
 */
public record ExportMarket(String id, String countryCode, String product, List<String> hsCodes, String since,
		String notes, Confidence confidence, List<String> sourceIds) implements Sourced {

	static ExportMarket from(Map<String, Object> map) {
		return new ExportMarket(Graph.str(map, "id"), Graph.str(map, "countryCode"), Graph.str(map, "product"),
				Graph.strings(map, "hsCodes"), Graph.str(map, "since"), Graph.str(map, "notes"),
				Graph.constant(map, "confidence", Confidence.class), Graph.strings(map, "sourceIds"));
	}

}
