package io.littlegiants.kb.catalog;

import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.Sourced;

/**
 * A critical technology of ASPI's tracker, with the country leading its research and
 * whether that lead is stated by ASPI or inferred from its aggregate counts.
 */
public record Technology(String id, Integer seq, String name, String domainId, String domain, String set,
		String leadCountry, String leadConfidence, String leadNote, List<String> sourceIds) implements Sourced {

	static Technology from(Map<String, Object> map) {
		return new Technology(Graph.str(map, "id"), Graph.integer(map, "seq"), Graph.str(map, "name"),
				Graph.str(map, "domainId"), Graph.str(map, "domain"), Graph.str(map, "set"),
				Graph.str(map, "leadCountry"), Graph.str(map, "leadConfidence"), Graph.str(map, "leadNote"),
				Graph.strings(map, "sourceIds"));
	}

}
