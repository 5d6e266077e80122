package io.littlegiants.kb.ingest;

import java.util.List;

import io.littlegiants.kb.Harness;
import io.littlegiants.kb.TestNeo4j;
import io.littlegiants.kb.ingest.importer.Importer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dataset loader on small fixture folders: what it writes, that a second run changes
 * nothing, and that a malformed file is reported by name and row (its second data row,
 * the file's third line) and that no file of the folder is written.
 */
class DatasetLoaderTests {

	@RegisterExtension
	static final Harness harness = Harness.of(TestNeo4j::start);

	DatasetLoader loader;

	@BeforeAll
	static void schema() {
		new SchemaInitializer(harness.driver()).apply();
	}

	@BeforeEach
	void emptyGraph() {
		try (var session = harness.driver().session()) {
			session.run("MATCH (n) DETACH DELETE n").consume();
		}
		this.loader = new DatasetLoader(harness.driver(), new Importer(harness.driver()), new DatasetState());
	}

	@Test
	void loadsTheFilesWithTypesListsAndProvenance() {
		var report = this.loader.loadIfChanged("small", "classpath:fixtures/small/");
		assertThat(report.loaded()).isTrue();
		assertThat(report.rows()).isEqualTo(2 + 1 + 3 + 1 + 2);
		try (var session = harness.driver().session()) {
			var firm = session.run("MATCH (f:Firm:Organization {id: 'f-sme'}) RETURN f").single().get("f");
			assertThat(firm.get("aliases").asList()).containsExactly("SC", "Small");
			assertThat(firm.get("sourceIds").asList()).containsExactly("src-a", "src-b");
			assertThat(firm.get("uscc").asString()).isEqualTo("914403001922038216");
			assertThat(firm.get("notes").isNull()).as("empty cells are not stored").isTrue();
			var cert = session.run(
					"MATCH (:Firm {id: 'f-sme'})-[:HOLDS]->(c:Certification)-[:OF_TIER]->(:Tier {id: 'LITTLE_GIANT'}), "
							+ "(c)-[:ISSUED_BY]->(:Authority {id: 'auth-miit'}) RETURN c")
				.single()
				.get("c");
			assertThat(cert.get("batch").asInt()).isEqualTo(2);
			assertThat(cert.get("validUntil").asLocalDate()).hasToString("2026-12-31");
			var supply = session.run("MATCH (:Firm {id: 'f-sme'})-[r:SUPPLIES]->(:Firm {id: 'f-big'}) RETURN r")
				.single()
				.get("r");
			assertThat(supply.get("amount").asDouble()).isEqualTo(5_000_000d);
			assertThat(supply.get("hsCodes").isNull()).as("an empty list is no property").isTrue();
			assertThat(
					session.run("MATCH (s:Source {id: 'src-b'}) RETURN s.note AS note").single().get("note").asString())
				.isEqualTo("multi-line\nnote");
			assertThat(session
				.run("MATCH (r:ImportRun {dataset: 'small', status: 'COMPLETE'}) RETURN collect(r.file) AS files")
				.single()
				.get("files")
				.asList()).as("each file is journaled as the importer journals any file")
				.containsExactlyInAnyOrder("sources.csv", "tiers.csv", "organizations.csv", "certifications.csv",
						"relations.csv");
			assertThat(session.run("MATCH (:Firm {id: 'f-big'})-[:IN_COUNTRY]->(c:Country) RETURN count(c) AS n")
				.single()
				.get("n")
				.asInt()).as("countries are not in this fixture, so no dangling link is made").isZero();
		}
	}

	@Test
	void loadingTheSameFilesAgainChangesNothing() {
		this.loader.loadIfChanged("small", "classpath:fixtures/small/");
		List<String> before = GraphSnapshot.of(harness.driver());
		var second = this.loader.loadIfChanged("small", "classpath:fixtures/small/");
		assertThat(second.loaded()).isFalse();
		// Forced: the scripts themselves must be idempotent, whatever the marker says.
		this.loader.load("small", "classpath:fixtures/small/");
		assertThat(GraphSnapshot.of(harness.driver())).isEqualTo(before);
	}

	@Test
	void aMalformedFileIsReportedByNameAndRowAndNothingIsWritten() {
		assertThatThrownBy(() -> this.loader.loadIfChanged("broken", "classpath:fixtures/broken/"))
			.hasMessageContaining("organizations.csv, row 2, column -: 8 fields where the header has 28");
		try (var session = harness.driver().session()) {
			assertThat(session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asInt())
				.as("the files before the malformed one are not written either")
				.isZero();
			assertThat(session.run("MATCH (d:DatasetLoad) RETURN count(d) AS n").single().get("n").asInt())
				.as("a failed load is not marked as loaded")
				.isZero();
		}
	}

}
