package io.littlegiants.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.littlegiants.kb.common.CypherScript;
import io.littlegiants.kb.ingest.SchemaInitializer;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.fs.FileUtils;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * neo4j-harness servers for tests: each a separate, in-process Neo4j reached over Bolt,
 * exactly as the app reaches an external server. Spring tests get one through
 * {@link TestDatabase}; plain JUnit tests call {@link #start()} and close it themselves.
 */
public final class TestNeo4j {

	private static Path shippedStore;

	private TestNeo4j() {
	}

	/**
	 * An empty server.
	 */
	public static Neo4j start() {
		return builder().build();
	}

	/**
	 * An empty server with the app's schema (constraints, indexes and vocabulary), for
	 * tests of queries without the app.
	 */
	public static Neo4j startWithSchema() {
		return builder().withFixture(graph -> {
			SchemaInitializer.statements().forEach(graph::executeTransactionally);
			return null;
		}).build();
	}

	/**
	 * An empty server with the app's schema that never samples its indexes in the
	 * background: its planner sees every index as it was when created, empty, however
	 * much is written to it, as a server does in the seconds after a first load.
	 */
	public static Neo4j startWithSchemaAndStaleStatistics() {
		return builder().withConfig(GraphDatabaseSettings.index_background_sampling_enabled, false)
			.withFixture(graph -> {
				SchemaInitializer.statements().forEach(graph::executeTransactionally);
				return null;
			})
			.build();
	}

	/**
	 * A server holding the graph a Cypher script on the classpath builds.
	 */
	public static Neo4j startWithFixture(String classpathScript) {
		String script;
		try {
			script = new ClassPathResource(classpathScript).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return builder().withFixture(graph -> {
			CypherScript.parse(script).forEach(graph::executeTransactionally);
			return null;
		}).build();
	}

	/**
	 * A server holding the shipped dataset exactly as the app's first start leaves it.
	 * The load (about 20 s) runs once per test run, into a store that every such server
	 * starts from a copy of (about a second).
	 */
	public static Neo4j startWithShippedData() {
		return builder().copyFrom(shippedStore()).build();
	}

	/** A server on a copy of an embedded data folder, e.g. one bulk-load wrote. */
	public static Neo4j startFrom(Path dataDir) {
		return builder().copyFrom(dataDir).build();
	}

	/**
	 * Copies that store into a folder, as the data folder of an app in the default
	 * (embedded) mode after its first start.
	 */
	public static void copyShippedStore(Path dataDir) {
		try {
			FileUtils.copyDirectory(shippedStore(), dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Neo4jBuilder builder() {
		return Neo4jBuilders.newInProcessBuilder()
			.withDisabledServer()
			.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
	}

	/**
	 * The app's own first start, in its default (embedded) mode, on a folder that is then
	 * closed and kept for copying until the JVM ends.
	 */
	private static synchronized Path shippedStore() {
		if (shippedStore != null) {
			return shippedStore;
		}
		try {
			Path home = Files.createTempDirectory("kb-shipped-store");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					FileUtils.deleteDirectory(home);
				}
				catch (IOException ex) {
					// A temporary folder left behind is harmless.
				}
			}));
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KnowledgeBaseApplication.class).run(
					"--kb.embedded.data-dir=" + home, "--kb.embedded.bolt-port=0", "--server.port=0",
					"--kb.dataset.background=false")) {
				// Loaded on start; closing it checkpoints the store.
			}
			shippedStore = home;
			return home;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
