package io.littlegiants.kb.quality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.littlegiants.kb.TestDatabase;
import io.littlegiants.kb.common.CypherScript;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data-quality gate on a small graph that keeps every invariant
 * ({@code fixtures/quality.cypher}); each test plants violations and checks that the gate
 * names exactly them. The graph is rebuilt before every test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestDatabase
class QualityGateTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	@Autowired
	QualityGate gate;

	@Autowired
	Driver driver;

	@BeforeEach
	void cleanGraph() throws IOException {
		run("MATCH (n) WHERE NOT n:DatasetLoad DETACH DELETE n");
		String fixture = new ClassPathResource("fixtures/quality.cypher").getContentAsString(StandardCharsets.UTF_8);
		CypherScript.parse(fixture).forEach(this::run);
	}

	@Test
	void theCleanGraphKeepsEveryInvariantButTheMericsClaimsItDoesNotHold() {
		Map<String, Violations> results = results();
		assertThat(results.values()).filteredOn(v -> !v.check().equals("merics-claims")).allMatch(Violations::holds);
		// 15 claims in the summary, none in this graph.
		assertThat(results.get("merics-claims").count()).isEqualTo(15);
		assertThat(results.get("merics-claims").examples())
			.contains("missing or not attributed to MERICS: SUPPLIES cn-hubei-kait -> de-volkswagen");
	}

	@Test
	void aFactWithoutSourcesOrWithAnUnknownSource() {
		run("MATCH (a:Organization {id: 'qa-a'}) CREATE (a)-[:MAKES]->(:Product {id: 'qa-x-product', name: 'Gears'})");
		run("MATCH ()-[r:SUPPLIES]->() SET r.sourceIds = r.sourceIds + 'src-gone'");
		assertThat(violations("facts-have-sources")).containsExactly("Product qa-x-product: no source",
				"SUPPLIES qa-supplies: unknown source src-gone");
	}

	@Test
	void aConfidenceAboveWhatItsSourcesSupport() {
		// Only the summary (UNVERIFIED at best) states it, yet it is REPORTED.
		run("MATCH (c:Certification) SET c.sourceIds = ['src-summary']");
		// A merge that raised a generated fact to REPORTED.
		run("MATCH (o:Organization {id: 'qa-gen'}) SET o.confidence = 'REPORTED'");
		assertThat(violations("confidence-within-sources")).containsExactly(
				"Certification qa-cert: REPORTED, but its sources support at best UNVERIFIED",
				"Organization qa-gen: REPORTED, but its sources support at best SYNTHETIC");
	}

	@Test
	void datesBeforeTheBoardOpenedOrAfterToday() {
		run("MATCH ()-[r:LISTED_ON]->() SET r.date = '2020-07-27'");
		run("MATCH (c:Certification) SET c.awarded = date('2027-01-01'), c.awardYear = 2027");
		run("MATCH (s:Source {id: 'src-list'}) SET s.date = '2026-12'");
		assertThat(violations("dates-possible")).containsExactly(
				"Certification qa-cert: awarded 2027-01-01, after today",
				"LISTED_ON qa-listed: BSE listing dated 2020-07-27, before the board opened on 2021-11-15",
				"Source src-list: dated 2026-12, after today");
	}

	@Test
	void codesThatDoNotResolve() {
		run("MATCH ()-[r:SUPPLIES]->() SET r.hsCodes = ['848340', '999999']");
		run("MATCH (o:Organization {id: 'qa-a'}) SET o.city = 'Jiangsu and Huzhou'");
		run("MATCH (o:Organization {id: 'qa-b'}) SET o.country = 'Germany'");
		assertThat(violations("codes-resolve")).containsExactly(
				"Organization qa-a: city Jiangsu and Huzhou is not a city of the division codes",
				"Organization qa-b: unknown country Germany", "SUPPLIES qa-supplies: unknown HS code 999999");
	}

	@Test
	void twoOrganizationsWithOneIdentifier() {
		run("""
				CREATE (c:Organization:Firm {id: 'qa-x-copy', name: 'A copy', country: 'CN', uscc: '91330100MA27XXXX1A',
				        confidence: 'REPORTED', sourceIds: ['src-list']})
				WITH c MATCH (k:NameKey {key: '甲有限公司'}), (x:Organization {id: 'qa-bse'})
				CREATE (k)-[:NAMES {kind: 'LEGAL'}]->(c),
				       (c)-[:LISTED_ON {id: 'qa-x-listed', ticker: '920001', board: 'BSE', date: '2022-01-05',
				                        confidence: 'REPORTED', sourceIds: ['src-list']}]->(x)
				""");
		run("CREATE (:Source {id: 'src-x-http', url: 'http://example.org/list'}), "
				+ "(:Source {id: 'src-x-https', url: 'https://example.org/list'})");
		assertThat(violations("identifiers-unique")).containsExactly(
				"credit code 91330100MA27XXXX1A on qa-a, qa-x-copy", "legal name 甲有限公司 on qa-a, qa-x-copy",
				"source address example.org/list on src-x-http, src-x-https", "stock code 920001 on qa-a, qa-x-copy");
	}

	@Test
	void somethingHeldThatIsNotACertificationOrACertificationHeldByWhatIsNotAnOrganization() {
		run("MATCH (b:Organization {id: 'qa-b'}), (t:Tier {id: 'LITTLE_GIANT'}) CREATE (b)-[:HOLDS]->(t)");
		run("MATCH (c:Certification {id: 'qa-cert'}) CREATE (:Source {id: 'src-x'})-[:HOLDS]->(c)");
		assertThat(violations("certifications-held")).containsExactly(
				"qa-b HOLDS LITTLE_GIANT, a Tier, not a Certification",
				"src-x HOLDS qa-cert, a Certification held by something other than an organization");
	}

	@Test
	void anOrganizationWithoutAName() {
		run("MATCH (b:Organization {id: 'qa-b'}) REMOVE b.name");
		run("MATCH (a:Organization {id: 'qa-a'}) SET a.name = '  '");
		assertThat(violations("organizations-named")).containsExactly("organization qa-a has no name",
				"organization qa-b has no name");
	}

	@Test
	void aSyntheticFactWithoutASyntheticSource() {
		run("MATCH (o:Organization {id: 'qa-b'}) SET o.confidence = 'SYNTHETIC'");
		assertThat(violations("synthetic-facts-sourced"))
			.containsExactly("Organization qa-b: SYNTHETIC without a synthetic source");
	}

	@Test
	void mericsCitedForWhatItDoesNotSay() {
		run("""
				CREATE (:Source {id: 'src-merics', url: 'https://merics.org/en/report/accelerator-state-how-china-fosters-little-giant-companies',
				        maxConfidence: 'UNVERIFIED'})
				WITH 1 AS one
				MATCH (a:Organization {id: 'qa-a'})-[:HOLDS]->(c:Certification)
				SET a.id = 'cn-leaderdrive', c.sourceIds = c.sourceIds + 'src-merics'
				""");
		assertThat(violations("merics-claims"))
			.contains("cites MERICS, which does not say it: Certification qa-cert of cn-leaderdrive")
			.hasSize(16);
	}

	@Test
	void theCommandPrintsEachViolatedInvariantAndExitsWithOne() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = new CommandLine(new CheckCommand(this.gate, new PrintStream(out, true, StandardCharsets.UTF_8)))
			.execute("--examples", "2", "--today", TODAY.toString());
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(exit).isEqualTo(1);
		assertThat(printed).contains("ok    facts-have-sources: Every node and relationship that states a fact",
				"FAIL  merics-claims: 15 violations.", "        ... and 13 more", "check: 9 invariants, 1 violated");
	}

	@Test
	void aCheckTheDatabaseCannotRunIsNamedWithTheDatabasesReasonAndTheOthersStillRun() {
		CypherScript failing = new CypherScript("0001-divides-by-zero.cypher",
				List.of("UNWIND [0] AS zero RETURN toString(1 / zero) AS violation"), "Nothing divides by zero.");
		CypherScript datesPossible = CypherScript.allIn("checks")
			.stream()
			.filter(script -> script.name().endsWith("-dates-possible.cypher"))
			.findFirst()
			.orElseThrow();
		QualityGate gate = new QualityGate(this.driver, List.of(failing, datesPossible));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int exit = new CommandLine(new CheckCommand(gate, new PrintStream(out, true, StandardCharsets.UTF_8)))
			.execute("--today", TODAY.toString());

		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(exit).isEqualTo(4);
		assertThat(printed).contains("ERROR divides-by-zero: could not be checked. Nothing divides by zero.",
				"/ by zero (Neo.ClientError.Statement.ArithmeticError)", "ok    dates-possible: ",
				"check: 2 invariants, 0 violated, 1 could not be checked");
		assertThat(printed.indexOf("ERROR divides-by-zero")).isLessThan(printed.indexOf("ok    dates-possible"));
	}

	private Map<String, Violations> results() {
		return this.gate.run(TODAY, 100)
			.stream()
			.collect(Collectors.toMap(Violations::check, v -> v, (a, b) -> a, java.util.LinkedHashMap::new));
	}

	private List<String> violations(String check) {
		return results().get(check).examples();
	}

	private void run(String statement) {
		try (var session = this.driver.session()) {
			session.run(statement).consume();
		}
	}

}
