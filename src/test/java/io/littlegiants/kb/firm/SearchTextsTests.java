package io.littlegiants.kb.firm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.Harness;
import io.littlegiants.kb.ingest.SchemaInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lower-cased names the firm list's name filter reads ({@code nameText}): the same
 * from Java (the bulk load) as from Cypher, brought up to date for names written by hand,
 * filled in by the schema's upgrade on a store written before them, and found case-blind
 * in any name or alias.
 */
class SearchTextsTests {

	@RegisterExtension
	static final Harness harness = Harness.withSchema();

	@BeforeEach
	void threeFirmsWrittenByHand() {
		run("MATCH (o:Organization) DETACH DELETE o");
		run("""
				CREATE (:Organization:Firm {id: 'f-acme', name: 'ACME Sensor GmbH', nameEn: 'Acme Sensor',
				        aliases: ['ÖLFLEX Sensorik', '', 'İzmir Office']})
				CREATE (:Organization:Firm {id: 'f-huiding', name: '深圳市汇顶科技股份有限公司',
				        nameZh: '深圳市汇顶科技股份有限公司', shortNameZh: '汇顶科技', nameEn: 'Shenzhen Goodix Technology'})
				CREATE (:Organization:Firm {id: 'f-bare', name: 'Bare Works'})
				""");
	}

	@Test
	void javaWritesWhatCypherWrites() {
		List<Map<String, Object>> rows = new ArrayList<>();
		try (var session = harness.driver().session()) {
			session
				.run("MATCH (o:Organization) RETURN o.name AS name, o.nameZh AS nameZh, o.shortNameZh AS shortNameZh,"
						+ " o.nameEn AS nameEn, coalesce(o.aliases, []) AS aliases, " + SearchTexts.NAME_TEXT
						+ " AS text")
				.forEachRemaining(r -> rows.add(r.asMap()));
		}
		assertThat(rows).hasSize(3).allSatisfy(row -> {
			@SuppressWarnings("unchecked")
			List<String> aliases = (List<String>) row.get("aliases");
			assertThat(SearchTexts.nameText((String) row.get("name"), (String) row.get("nameZh"),
					(String) row.get("shortNameZh"), (String) row.get("nameEn"), aliases))
				.isEqualTo(row.get("text"));
		});
	}

	@Test
	void namesWrittenByHandAreFoundOnceCaughtUpAndTheUpgradeFillsInAStoreWithoutThem() {
		assertThat(count("ACME")).as("not yet written").isZero();
		assertThat(SearchTexts.refresh(harness.driver())).isEqualTo(3);
		assertThat(SearchTexts.refresh(harness.driver())).as("nothing left out of step").isZero();
		assertThat(nameText("f-acme")).isEqualTo("acme sensor gmbh\n\n\nacme sensor\nölflex sensorik\n\ni̇zmir office");

		run("MATCH (o:Organization {id: 'f-bare'}) SET o.name = 'Bare Works Renamed'");
		run("MATCH (o:Organization {id: 'f-acme'}) REMOVE o.nameText");
		run(SchemaInitializer.statements().stream().filter(SearchTexts.UPGRADE::equals).findFirst().orElseThrow());
		assertThat(nameText("f-acme")).as("filled in").startsWith("acme sensor gmbh");
		assertThat(nameText("f-bare")).as("brought up to date").isEqualTo("bare works renamed\n\n\n");
	}

	@Test
	void theNameFilterFindsAnyNameOrAliasWhateverItsCase() {
		SearchTexts.refresh(harness.driver());
		assertThat(count("acme SENSOR")).isEqualTo(1);
		assertThat(count("ölflex")).as("an alias, lower-cased beyond ASCII").isEqualTo(1);
		assertThat(count("汇顶")).as("the short Chinese name").isEqualTo(1);
		assertThat(count("goodix")).as("the English name").isEqualTo(1);
		assertThat(count("sensor gmbh\nacme")).as("never across two names").isZero();
		assertThat(count("works")).isEqualTo(1);
	}

	private static long count(String name) {
		FirmQueries queries = new FirmQueries(Neo4jClient.create(harness.driver()));
		FirmFilter filter = new FirmFilter(name, null, null, null, null, null, null, null, null, null, null, null, null,
				null);
		Map<String, Object> params = new HashMap<>();
		return queries.count(queries.countStatement(filter, LocalDate.of(2026, 11, 29), params), params);
	}

	private static String nameText(String id) {
		try (var session = harness.driver().session()) {
			Value text = session.run("MATCH (o:Organization {id: $id}) RETURN o.nameText AS t", Map.of("id", id))
				.single()
				.get("t");
			return text.asString(null);
		}
	}

	private static void run(String statement) {
		try (var session = harness.driver().session()) {
			session.run(statement).consume();
		}
	}

}
