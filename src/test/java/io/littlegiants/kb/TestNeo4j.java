package io.littlegiants.kb;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A neo4j-harness server for tests: a separate, in-process Neo4j reached over Bolt,
 * exactly as the app reaches an external server. Start one per test class and share it
 * between its tests.
 */
public final class TestNeo4j {

	private TestNeo4j() {
	}

	public static Neo4j start() {
		return Neo4jBuilders.newInProcessBuilder()
			.withDisabledServer()
			.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.build();
	}

	/**
	 * Points the app at the harness: the external-database mode, no embedded database.
	 */
	public static void register(DynamicPropertyRegistry registry, Neo4j neo4j) {
		registry.add("spring.neo4j.uri", () -> neo4j.boltURI().toString());
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "unused");
	}

}
