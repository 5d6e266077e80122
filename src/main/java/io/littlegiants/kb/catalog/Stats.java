package io.littlegiants.kb.catalog;

import java.util.List;

/**
 * Size of the graph (nodes per label, relationships per type) and the data it holds.
 */
public record Stats(List<Count> nodes, List<Count> relationships, DataVersion data) {

	/** How many nodes carry a label, or relationships have a type. */
	public record Count(String name, long count) {
	}

}
