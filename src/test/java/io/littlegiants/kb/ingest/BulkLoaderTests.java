package io.littlegiants.kb.ingest;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.TestNeo4j;
import io.littlegiants.kb.ingest.bulk.BulkLoadException;
import io.littlegiants.kb.ingest.bulk.BulkLoader;
import io.littlegiants.kb.ingest.importer.Importer;
import io.littlegiants.kb.ingest.synthetic.PyramidGenerator;
import io.littlegiants.kb.ingest.synthetic.ShippedReference;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * bulk-load against the import scripts: the same generated files give the same graph
 * through Neo4j's offline importer as through the importer's transactions, node for node
 * and property for property, and bad input leaves no store behind.
 */
@Order(8) // a longer class: started early (see junit-platform.properties)
class BulkLoaderTests {

	static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

	@TempDir
	Path dir;

	@Test
	void writesTheGraphTheImportScriptsWriteFromTheSameFiles() {
		Path folder = this.dir.resolve("pyramid");
		Map<String, Long> written = new PyramidGenerator(100, 5).write(folder);
		Path home = this.dir.resolve("bulk");
		BulkLoader.Report report = new BulkLoader().load(folder, home, QUIET);
		assertThat(report.rows()).isEqualTo(written.values().stream().mapToLong(Long::longValue).sum());

		List<String> live;
		try (Neo4j neo4j = TestNeo4j.startWithSchema();
				Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none())) {
			// The shipped nodes the files point at, as bare keys: what bulk-load writes
			// for them (the first start fills them in, the same either way).
			ShippedReference shipped = ShippedReference.load();
			try (var session = driver.session()) {
				session
					.run("UNWIND $ids AS id CREATE (:Organization {id: id})",
							Map.of("ids", List.copyOf(shipped.organizationIds())))
					.consume();
				for (String label : List.of("Tier", "HsCode", "Sector", "Country")) {
					String key = label.equals("HsCode") || label.equals("Country") ? "code" : "id";
					session
						.run("UNWIND $keys AS key CREATE (n:" + label + " {" + key + ": key})",
								Map.of("keys", List.copyOf(shipped.keys().get(label))))
						.consume();
				}
			}
			new DatasetLoader(driver, new Importer(driver), new DatasetState()).load("synthetic-5-100",
					"file:" + folder.toAbsolutePath() + "/");
			try (var session = driver.session()) {
				session
					.run("MATCH (n) WHERE n.sourceIds IS NULL AND NOT n:Source AND NOT n:NameKey "
							+ "AND NOT n:ImportRun AND NOT n:DatasetLoad AND NOT (n)--() DELETE n")
					.consume();
			}
			live = GraphSnapshot.of(driver).stream().filter(line -> !line.startsWith("[ImportRun]")).toList();
		}

		try (Neo4j neo4j = TestNeo4j.startFrom(home);
				Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
				var session = driver.session()) {
			assertThat(GraphSnapshot.of(driver)).as("the same graph as the import scripts write").isEqualTo(live);
			assertThat(session.run("MATCH (d:DatasetLoad {id: 'synthetic-5-100'}) RETURN d.rows AS rows")
				.single()
				.get("rows")
				.asLong()).as("the data version names the dataset").isEqualTo(report.rows());
		}
	}

	@Test
	void aRelationshipToNobodyFailsTheLoadAndLeavesNoStore() throws Exception {
		Path folder = Files.createDirectories(this.dir.resolve("dangling"));
		Files.writeString(folder.resolve("relations.csv"), """
				id,type,fromId,toId,confidence,sourceIds
				supplies-a-b,SUPPLIES,syn-nobody,cn-byd,SYNTHETIC,src-x
				""");
		Path home = this.dir.resolve("refused");
		assertThatThrownBy(() -> new BulkLoader().load(folder, home, QUIET)).isInstanceOf(BulkLoadException.class)
			.hasMessageContaining("nothing was written");
		assertThat(home.resolve("data/databases/neo4j")).doesNotExist();
	}

	@Test
	void refusesALayoutItDoesNotReadAndAStoreThatExists() throws Exception {
		Path folder = Files.createDirectories(this.dir.resolve("other"));
		Files.writeString(folder.resolve("regions.csv"), "code,name\n");
		assertThatThrownBy(() -> new BulkLoader().load(folder, this.dir.resolve("x"), QUIET))
			.isInstanceOf(BulkLoadException.class)
			.hasMessageContaining("regions.csv: bulk-load reads");
		Path home = this.dir.resolve("taken");
		Files.createDirectories(home.resolve("data/databases/neo4j"));
		assertThatThrownBy(() -> new BulkLoader().load(this.dir.resolve("pyramid"), home, QUIET))
			.isInstanceOf(BulkLoadException.class)
			.hasMessageContaining("holds a database already");
	}

}
