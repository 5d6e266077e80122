package io.littlegiants.kb.ingest.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 during a large import, then the same command again: the import completes,
 * resuming where the journal says, with every row once. The importer runs as a separate
 * process, as a user runs it, on an embedded database in a temporary folder holding the
 * reference rows of {@code fixtures/crash/}.
 */
@Order(1) // a long class: started early (see junit-platform.properties)
class ImportCrashTests {

	static final int ROWS = 3_000;

	@TempDir
	Path dir;

	@Test
	void aKilledImportResumesAndCompletesWithoutDuplicates() throws Exception {
		Path file = this.dir.resolve("synthetic-list.csv");
		List<String> lines = new ArrayList<>();
		lines.add("序号,企业名称,所在地区");
		for (int i = 1; i <= ROWS; i++) {
			lines.add(i + ",合成测试企业" + i + "有限公司,浙江省");
		}
		Files.write(file, lines, StandardCharsets.UTF_8);
		Path data = this.dir.resolve("data");

		// Killed as soon as its first batch of 1,000 rows is committed, with 2,000
		// rows still to write: an event, not a time, so a fast or a slow machine
		// kills it in the same place.
		Process first = start(data, file);
		String line;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
			while ((line = out.readLine()) != null && !line.contains("committed")) {
				assertThat(line).doesNotContain("synthetic-list.csv: " + ROWS + " rows");
			}
			first.destroyForcibly().waitFor();
		}
		assertThat(line).as("the import was still running when killed").endsWith("rows up to 1,000 committed");

		Process second = start(data, file);
		String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(second.waitFor()).as(output).isZero();
		assertThat(output).contains("resumed after");

		DatabaseManagementService db = new DatabaseManagementServiceBuilder(data.toAbsolutePath().normalize()).build();
		try {
			GraphDatabaseService graph = db.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			Map<String, Object> counts = graph.executeTransactionally("""
					MATCH (f:Firm)-[:HOLDS]->(c:Certification {tier: 'LITTLE_GIANT', batch: 5})
					WHERE f.nameZh STARTS WITH '合成测试企业'
					WITH count(DISTINCT f) AS firms, count(c) AS certifications
					MATCH (r:ImportRun {file: 'synthetic-list.csv'})
					RETURN firms, certifications, collect(r.status) AS runs
					""", Map.of(), result -> result.next());
			assertThat(counts).containsEntry("firms", (long) ROWS)
				.containsEntry("certifications", (long) ROWS)
				.containsEntry("runs", List.of("COMPLETE"));
		}
		finally {
			db.shutdown();
		}
	}

	private Process start(Path data, Path file) throws IOException {
		// C1 only: the importer starts in about 3 s less, and nothing here measures
		// speed.
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				"io.littlegiants.kb.KnowledgeBaseApplication", "import", "--kb.embedded.data-dir=" + data,
				"--kb.embedded.bolt-port=0",
				// The few reference rows a list needs (China, Zhejiang, the Little
				// Giant tier), not the whole shipped dataset: two starts of the
				// importer load it.
				"--kb.dataset.location=classpath:fixtures/crash/", "--format", "list", "--batch", "5", "--source-title",
				"Synthetic crash-test list", "--synthetic", "--verbose", file.toString());
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

}
