package io.littlegiants.kb.catalog;

import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.Sourced;

/**
 * A firm's product, classified by HS codes (best-fit assignments unless a source states
 * them).
 */
public record Product(String id, String name, List<String> hsCodes, Confidence confidence,
		List<String> sourceIds) implements Sourced {

	static Product from(Map<String, Object> map) {
		return new Product(Graph.str(map, "id"), Graph.str(map, "name"), Graph.strings(map, "hsCodes"),
				Graph.constant(map, "confidence", Confidence.class), Graph.strings(map, "sourceIds"));
	}

}
