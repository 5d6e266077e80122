package io.littlegiants.kb.catalog;

import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.Sourced;

/**
 * A published figure about the programme: a batch size, a total, a target, a selection
 * criterion, a listing share. {@code value} is kept as published (a number, a range or a
 * date).
 */
public record ProgramFact(String id, String fact, String value, String unit, Integer year, String tier, Integer batch,
		String notes, Confidence confidence, List<String> sourceIds) implements Sourced {

	public static ProgramFact from(Map<String, Object> map) {
		return new ProgramFact(Graph.str(map, "id"), Graph.str(map, "fact"), Graph.str(map, "value"),
				Graph.str(map, "unit"), Graph.integer(map, "year"), Graph.str(map, "tier"), Graph.integer(map, "batch"),
				Graph.str(map, "notes"), Graph.constant(map, "confidence", Confidence.class),
				Graph.strings(map, "sourceIds"));
	}

}
