package io.littlegiants.kb.ingest;

import java.util.List;

import org.neo4j.driver.Driver;

/**
 * Opens {@link GraphSnapshot} to tests in other packages.
 */
public final class GraphSnapshotAccess {

	private GraphSnapshotAccess() {
	}

	public static List<String> of(Driver driver) {
		return GraphSnapshot.of(driver);
	}

}
