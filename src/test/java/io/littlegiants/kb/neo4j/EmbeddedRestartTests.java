package io.littlegiants.kb.neo4j;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;

import io.littlegiants.kb.KnowledgeBaseApplication;
import io.littlegiants.kb.TestNeo4j;
import io.littlegiants.kb.common.Loopback;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default mode: no {@code spring.neo4j.uri}, so the app starts its own Neo4j on disk,
 * opens Bolt to other clients and loads the shipped dataset once (the first start is the
 * one {@link TestNeo4j} makes for the test run). A restart on the same folder keeps the
 * data and loads nothing twice.
 */
@Order(6) // a long class: started early (see junit-platform.properties)
class EmbeddedRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void restartKeepsTheDataAndLoadsNothingTwice() {
		// The folder as the app's first start left it, loaded before this test goes on.
		TestNeo4j.copyShippedStore(this.dataDir);
		Instant copied = Instant.now();
		try (ConfigurableApplicationContext app = start()) {
			assertThat(counts(app).get("nodes")).isGreaterThan(10_000);
			assertThat(ZonedDateTime.parse(loadedAt(app)).toInstant()).as("a restart must not load again")
				.isBefore(copied);
			assertThat(ZonedDateTime.parse(at(app, "MATCH (s:SchemaVersion) RETURN toString(s.appliedAt) AS at"))
				.toInstant()).as("nor apply the same schema again").isBefore(copied);
		}
		// ServerUnderLoadTests restarts the same store after kill -9 and finds the same
		// graph.
	}

	@Test
	void theEmbeddedDatabaseEndsATransactionThatRunsPastItsTimeoutOrMemory() {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KnowledgeBaseApplication.class).run(
				"--kb.embedded.data-dir=" + this.dataDir.resolve("timeout"), "--kb.embedded.bolt-port=0",
				"--server.port=0", "--kb.dataset.load=false", "--kb.embedded.transaction-timeout=1s",
				"--kb.embedded.transaction-memory=10m");
				Driver driver = boltDriver(app);
				var session = driver.session()) {
			// And it reports no usage data to Neo4j.
			GraphDatabaseAPI db = (GraphDatabaseAPI) app.getBean(DatabaseManagementService.class)
				.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			assertThat(
					db.getDependencyResolver().resolveDependency(Config.class).get(GraphDatabaseSettings.udc_enabled))
				.isFalse();
			// A list of two million numbers takes far more than 10 MB.
			assertThatThrownBy(
					() -> session.run("UNWIND range(1, 2000000) AS x RETURN size(collect(x)) AS n").single().get("n"))
				.isInstanceOf(Neo4jException.class)
				.hasMessageContaining("dbms.memory.transaction.total.max")
				// the code the API's errors recognise (api/DatabaseLimits)
				.extracting(failure -> ((Neo4jException) failure).code())
				.isEqualTo("Neo.TransientError.General.MemoryPoolOutOfMemoryError");
			// A billion rows take seconds on any machine; the database ends the query
			// after one.
			assertThatThrownBy(
					() -> session.run("UNWIND range(1, 1000000000) AS x RETURN count(x) AS n").single().get("n"))
				.isInstanceOf(Neo4jException.class)
				.hasMessageContaining("has not completed within the timeout")
				.extracting(failure -> ((Neo4jException) failure).code())
				.isIn("Neo.ClientError.Transaction.TransactionTimedOut",
						"Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration");
		}
	}

	@Test
	void withAPasswordBoltAsksForItAndLoadCsvFetchesNoUrl() {
		String[] args = { "--kb.embedded.data-dir=" + this.dataDir.resolve("auth"), "--kb.embedded.bolt-port=0",
				"--server.port=0", "--kb.dataset.load=false", "--kb.embedded.bolt-password=correct-horse" };
		for (int start = 1; start <= 2; start++) {
			// The second start finds the password already set.
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KnowledgeBaseApplication.class)
				.run(args)) {
				var uri = app.getBean(Neo4jConnectionDetails.class).getUri();
				try (Driver anonymous = GraphDatabase.driver(uri, AuthTokens.none())) {
					assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(Neo4jException.class)
						.hasMessageContaining("Unsupported authentication token");
				}
				try (Driver wrong = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "neo4j"))) {
					assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(Neo4jException.class);
				}
				try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "correct-horse"));
						var session = driver.session()) {
					assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
					assertThatThrownBy(
							() -> session.run("LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row").consume())
						.isInstanceOf(Neo4jException.class)
						.hasMessageContaining("blocked");
				}
			}
		}
	}

	@Test
	void boltBeyondLoopbackWithoutAPasswordIsRefused() {
		assertThatThrownBy(
				() -> new EmbeddedNeo4jProperties("./data", "0.0.0.0", 7687, "256m", null, null, null, false))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("beyond loopback, but Bolt has no password");
		assertThat(new EmbeddedNeo4jProperties("./data", "0.0.0.0", 7687, "256m", null, null, "correct-horse", false)
			.toString()).doesNotContain("correct-horse");
		assertThat(Loopback.isLoopback("127.0.0.1")).isTrue();
		assertThat(Loopback.isLoopback("::1")).isTrue();
		assertThat(Loopback.isLoopback("0.0.0.0")).isFalse();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(KnowledgeBaseApplication.class)
			.run("--kb.embedded.data-dir=" + this.dataDir, "--kb.embedded.bolt-port=0", "--server.port=0");
	}

	/**
	 * Counts over a fresh Bolt connection, as a Cypher user or notebook would connect.
	 */
	private static Map<String, Long> counts(ConfigurableApplicationContext app) {
		try (Driver driver = boltDriver(app); var session = driver.session()) {
			var record = session
				.run("MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships")
				.single();
			return Map.of("nodes", record.get("nodes").asLong(), "relationships", record.get("relationships").asLong());
		}
	}

	private static String loadedAt(ConfigurableApplicationContext app) {
		return at(app, "MATCH (d:DatasetLoad {id: 'shipped'}) RETURN toString(d.loadedAt) AS at");
	}

	private static String at(ConfigurableApplicationContext app, String cypher) {
		try (Driver driver = boltDriver(app); var session = driver.session()) {
			return session.run(cypher).single().get("at").asString();
		}
	}

	private static Driver boltDriver(ConfigurableApplicationContext app) {
		var details = app.getBean(Neo4jConnectionDetails.class);
		assertThat(details.getUri().getHost()).isEqualTo("127.0.0.1");
		return GraphDatabase.driver(details.getUri(), AuthTokens.none());
	}

}
