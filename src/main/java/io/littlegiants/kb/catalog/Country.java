package io.littlegiants.kb.catalog;

import java.util.Map;

import io.littlegiants.kb.common.Graph;

/**
 * A country or territory by its ISO 3166-1 alpha-2 code, with its Chinese name and EU
 * membership.
 */
public record Country(String code, String alpha3, String name, String nameZh, String region, String subRegion,
		boolean eu) {

	static Country from(Map<String, Object> map) {
		return new Country(Graph.str(map, "code"), Graph.str(map, "alpha3"), Graph.str(map, "name"),
				Graph.str(map, "nameZh"), Graph.str(map, "region"), Graph.str(map, "subRegion"),
				Boolean.TRUE.equals(Graph.bool(map, "eu")));
	}

}
