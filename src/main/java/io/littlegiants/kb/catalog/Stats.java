package io.littlegiants.kb.catalog;

import java.util.List;

/**
 * Size of the graph: nodes per label and relationships per type.
 */
public record Stats(List<Count> nodes, List<Count> relationships) {

	/** How many nodes carry a label, or relationships have a type. */
	public record Count(String name, long count) {
	}

}
