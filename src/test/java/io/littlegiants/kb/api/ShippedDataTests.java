package io.littlegiants.kb.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.harness.Neo4j;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end over HTTP on the shipped dataset, with the app pointed at a separate Neo4j
 * server through {@code spring.neo4j.uri} (the external-database mode). Expected answers
 * were worked out by hand from the CSV files under {@code import/}.
 */
@GraphQlHttpTest
class ShippedDataTests {

	static final Neo4j neo4j = TestNeo4j.start();

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		TestNeo4j.register(registry, neo4j);
	}

	@AfterAll
	static void stopNeo4j() {
		neo4j.close();
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApplicationContext context;

	@Test
	void runsAgainstTheExternalServerWithoutAnEmbeddedDatabase() {
		assertThat(this.context.getBeansOfType(DatabaseManagementService.class)).isEmpty();
		this.graphQl.document("{ stats { nodes { name count } } }")
			.execute()
			.path("stats.nodes[?(@.name == 'Firm')].count")
			.entityList(Integer.class)
			// 5,485 A-share listings + unlisted curated firms + listed names, merged to
			// one node each.
			.satisfies(counts -> assertThat(counts.get(0)).isGreaterThan(5485));
	}

	@Test
	void schemaMappingInspectionFindsNoGap(@Autowired GraphQlConfiguration.SchemaReportHolder holder) {
		assertThat(holder.report()).isNotNull();
		assertThat(holder.report().unmappedFields()).isEmpty();
		assertThat(holder.report().unmappedRegistrations()).isEmpty();
		assertThat(holder.report().unmappedArguments()).isEmpty();
		assertThat(holder.report().skippedTypes()).isEmpty();
	}

	@Test
	void findsGuizhouAndasCustomersWithTheirSources() {
		this.graphQl.documentName("anda-customers")
			.execute()
			.path("firm.name")
			.entity(String.class)
			.isEqualTo("Guizhou Anda Energy Technology Co., Ltd.")
			.path("firm.customers[*].counterpart.id")
			.entityList(String.class)
			// relations.csv: Anda supplies BYD, CATL, CALB and Pylontech.
			.satisfies(
					list -> assertThat(list).containsExactlyInAnyOrder("cn-byd", "cn-catl", "cn-calb", "cn-pylontech"))
			.path("firm.customers[?(@.counterpart.id == 'cn-catl')].sources[*].url")
			.entityList(String.class)
			.contains("https://m.taowenge.com/p-52243775.html",
					"https://new.merics.org/en/report/accelerator-state-how-china-fosters-little-giant-companies")
			.path("firm.customers[?(@.counterpart.id == 'cn-byd')].hsCodes[*].code")
			.entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("283529", "284290"))
			.path("firm.listings[0].amount")
			.entity(Double.class)
			.isEqualTo(650_000_000d)
			.path("firm.listings[0].currency")
			.entity(String.class)
			.isEqualTo("CNY");
	}

	@Test
	void countsTheBatchTwoLittleGiantsOfZhejiang() {
		// zhejiang_little_giants_review_lists.csv: 75 rows of batch 2 (第二批, 2020) and 4
		// of
		// batch 1; no other shipped list names a batch-2 firm located in Zhejiang.
		this.graphQl.document("""
				{ firms(filter: {province: "Zhejiang", tier: LITTLE_GIANT, batch: 2}, first: 0) { totalCount } }
				""").execute().path("firms.totalCount").entity(Integer.class).isEqualTo(75);
		this.graphQl
			.document(
					"""
							{ firms(filter: {province: "浙江", tier: LITTLE_GIANT, certificationLevel: NATIONAL, batch: 1}, first: 0) { totalCount } }
							""")
			.execute()
			.path("firms.totalCount")
			.entity(Integer.class)
			.isEqualTo(4);
	}

	@Test
	void aListedLittleGiantIsOneNodeWithCertificationAndListing() {
		// 浙江铖昌科技股份有限公司 is row 1 of the Zhejiang list and 001270.SZ in the A-share data.
		this.graphQl.document("""
				{ firms(filter: {name: "浙江铖昌科技股份有限公司"}) {
				    totalCount
				    edges { node { id shortNameZh
				      certifications { tier { id } batch stage reviewYear validUntil }
				      listings { counterpart { id } ticker board date } } } } }
				""")
			.execute()
			.path("firms.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("firms.edges[0].node.id")
			.entity(String.class)
			.isEqualTo("cn-ashare-001270")
			.path("firms.edges[0].node.certifications[0].tier.id")
			.entity(String.class)
			.isEqualTo("LITTLE_GIANT")
			.path("firms.edges[0].node.certifications[0].batch")
			.entity(Integer.class)
			.isEqualTo(2)
			// Reviewed in 2023, so valid to the end of 2026.
			.path("firms.edges[0].node.certifications[0].validUntil")
			.entity(String.class)
			.isEqualTo("2026-12-31")
			.path("firms.edges[0].node.listings[0].ticker")
			.entity(String.class)
			.isEqualTo("001270.SZ")
			.path("firms.edges[0].node.listings[0].counterpart.id")
			.entity(String.class)
			.isEqualTo("exch-szse");
	}

	@Test
	void anHsHeadingMatchesFirmsClassifiedUnderItsSubheadings() {
		// firms.csv: Leaderdrive, KOFON, Harmonic Drive and Nabtesco make 848340
		// (gearing).
		for (String code : List.of("8483", "848340", "84", "8483.40")) {
			this.graphQl.document("query($code: String) { firms(filter: {hsCode: $code}) { edges { node { id } } } }")
				.variable("code", code)
				.execute()
				.path("firms.edges[*].node.id")
				.entityList(String.class)
				.satisfies(ids -> assertThat(ids).contains("cn-leaderdrive", "cn-kofon", "jp-harmonic-drive-systems",
						"jp-nabtesco"));
		}
		this.graphQl.document("{ firms(filter: {hsCode: \"8483\", tier: LITTLE_GIANT}) { edges { node { id } } } }")
			.execute()
			.path("firms.edges[*].node.id")
			.entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("cn-leaderdrive", "cn-kofon"));
	}

	@Test
	void pagingWithAfterVisitsEveryFirmExactlyOnce() {
		for (String order : List.of("NAME_ASC", "NAME_DESC", "ID_ASC")) {
			Set<String> seen = new HashSet<>();
			int total = -1;
			String after = null;
			int pages = 0;
			boolean more = true;
			while (more) {
				Map<String, Object> page = this.graphQl.documentName("firms-page")
					.variable("after", after)
					.variable("order", order)
					.execute()
					.path("firms")
					.entity(Map.class)
					.get();
				total = ((Number) page.get("totalCount")).intValue();
				List<Map<String, Object>> edges = (List<Map<String, Object>>) page.get("edges");
				for (Map<String, Object> edge : edges) {
					String id = (String) ((Map<String, Object>) edge.get("node")).get("id");
					assertThat(seen.add(id)).as("%s seen twice under %s", id, order).isTrue();
				}
				Map<String, Object> info = (Map<String, Object>) page.get("pageInfo");
				more = (Boolean) info.get("hasNextPage");
				after = (String) info.get("endCursor");
				pages++;
			}
			assertThat(seen).hasSize(total);
			assertThat(pages).isEqualTo((total + 499) / 500);
		}
	}

	@Test
	void rejectsBadArgumentsWithACode() {
		expectError("{ firms(first: -1) { totalCount } }", "BAD_USER_INPUT", "first must be between 0 and 500");
		expectError("{ firms(first: 501) { totalCount } }", "BAD_USER_INPUT", "first must be between 0 and 500");
		expectError("{ firms(after: \"not-a-cursor\") { totalCount } }", "BAD_USER_INPUT", "is not a cursor");
		expectError("{ firms(filter: {tier: GIANT}) { totalCount } }", "GRAPHQL_VALIDATION_FAILED", "TierId");
		expectError("{ hsCode(code: \"84A\") { code } }", "BAD_USER_INPUT", "is not an HS code");
		expectError("{ firms(filter: {hsCode: \"8483x\"}) { totalCount } }", "BAD_USER_INPUT", "is not an HS code");
		expectError("{ firms(filter: {province: \"Atlantis\"}) { totalCount } }", "BAD_USER_INPUT",
				"is not a Chinese province");
		expectError("{ search(text: \"BYD\", first: 0) { score } }", "BAD_USER_INPUT", "between 1 and 100");
		expectError("{ firms(filter: {uscc: \"914403001922038217\"}) { totalCount } }", "BAD_USER_INPUT",
				"GB 32100-2015 gives '6'");
	}

	@Test
	void aCursorOfAnotherOrderIsRejected() {
		String cursor = this.graphQl.document("{ firms(first: 1, orderBy: ID_ASC) { pageInfo { endCursor } } }")
			.execute()
			.path("firms.pageInfo.endCursor")
			.entity(String.class)
			.get();
		expectError("{ firms(first: 1, orderBy: NAME_ASC, after: \"" + cursor + "\") { totalCount } }",
				"BAD_USER_INPUT", "is not a cursor");
	}

	@Test
	void unknownIdsGiveNull() {
		this.graphQl.document(
				"{ firm(id: \"cn-nobody\") { id } organization(id: \"x\") { id } hsCode(code: \"123456\") { code } source(id: \"src-none\") { id } }")
			.execute()
			.errors()
			.verify()
			.path("firm")
			.valueIsNull()
			.path("organization")
			.valueIsNull()
			.path("hsCode")
			.valueIsNull()
			.path("source")
			.valueIsNull();
		// An exchange is an organization but not a firm.
		this.graphQl.document("{ firm(id: \"exch-bse\") { id } organization(id: \"exch-bse\") { kind } }")
			.execute()
			.path("firm")
			.valueIsNull()
			.path("organization.kind")
			.entity(String.class)
			.isEqualTo("EXCHANGE");
	}

	@Test
	void searchFindsChineseAndEnglishNamesRanked() {
		this.graphQl.document("{ search(text: \"安达科技\", first: 5) { organization { id } } }")
			.execute()
			.path("search[0].organization.id")
			.entity(String.class)
			.isEqualTo("cn-guizhou-anda");
		this.graphQl.document("{ search(text: \"Leaderdrive\") { organization { id } } }")
			.execute()
			.path("search[0].organization.id")
			.entity(String.class)
			.isEqualTo("cn-leaderdrive");
		this.graphQl.document("{ search(text: \"宁德时代\") { organization { id ... on Firm { listings { ticker } } } } }")
			.execute()
			.path("search[0].organization.id")
			.entity(String.class)
			.isEqualTo("cn-catl")
			.path("search[0].organization.listings[0].ticker")
			.entity(String.class)
			.isEqualTo("300750.SZ");
		// Lucene syntax in the text is searched for, not interpreted.
		this.graphQl.document("{ search(text: \"BYD AND (\") { organization { id } } }").execute().errors().verify();
	}

	@Test
	void servesTheReferenceData() {
		this.graphQl.documentName("reference-data")
			.execute()
			.path("tiers[*].id")
			.entityList(String.class)
			.containsExactly("INNOVATIVE_SME", "SPECIALIZED_SME", "LITTLE_GIANT", "CHAMPION")
			.path("tiers[2].targetSize")
			.entity(Integer.class)
			.isEqualTo(10000)
			.path("sectors")
			.entityList(Object.class)
			.hasSize(10)
			.path("sectors[*].directions[*].id")
			.entityList(String.class)
			.hasSize(23)
			.path("technologies")
			.entityList(Object.class)
			.hasSize(74)
			.path("technologies[?(@.name == 'Electric batteries')].leadConfidence")
			.entityList(String.class)
			.containsExactly("INFERRED")
			.path("hsCode.parent.code")
			.entity(String.class)
			.isEqualTo("8507")
			.path("hsCode.parent.parent.code")
			.entity(String.class)
			.isEqualTo("85")
			.path("programFacts[*].value")
			.entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("248", "1744", "1584", "2930", "2930", "4357",
					"3671", "3654", "3012", "3482"));
	}

	@Test
	void everySourcedFactAnswersSaysWho() {
		this.graphQl.document("""
				{ firm(id: "cn-hubei-kait") {
				    sources { id }
				    certifications { confidence sources { id } }
				    customers { counterpart { id } confidence sources { title } }
				    listings { amount currency sources { title } } } }
				""")
			.execute()
			.path("firm.sources")
			.entityList(Object.class)
			.hasSizeGreaterThan(1)
			.path("firm.customers[?(@.counterpart.id == 'de-volkswagen')].confidence")
			.entityList(String.class)
			.containsExactly("UNVERIFIED")
			.path("firm.customers[?(@.counterpart.id == 'de-volkswagen')].sources[*].title")
			.entityList(String.class)
			.containsExactly("Accelerator state: How China fosters \"Little Giant\" companies (MERICS report, 2023)")
			.path("firm.listings[0].amount")
			.entity(Double.class)
			.isEqualTo(133_000_000d);
	}

	@Test
	void theReadmeExamplesAnswerWithoutErrors() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		Matcher block = Pattern.compile("```graphql\n(.*?)```", Pattern.DOTALL).matcher(readme);
		int examples = 0;
		while (block.find()) {
			examples++;
			this.graphQl.document(block.group(1))
				.execute()
				.errors()
				.verify()
				.path("")
				.entity(Map.class)
				.satisfies(data -> assertThat(data.values()).allSatisfy(value -> assertThat(value).isNotNull()));
		}
		assertThat(examples).as("the README shows its example queries").isGreaterThanOrEqualTo(3);
	}

	@Test
	void servesGraphiQl(@LocalServerPort int port) throws Exception {
		HttpResponse<String> page = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphiql")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).containsIgnoringCase("graphiql");
	}

	@Test
	void servesTradeFlowsAndExportMarketsWithSources() {
		this.graphQl.document("""
				{ tradeFlows(reporter: "EU27", partner: "CN", flow: EXPORT, year: 2020) { valueEur sources { url } }
				  firm(id: "cn-endovastec") { exportMarkets { country { code } hsCodes { code } since } } }
				""")
			.execute()
			// trade_eu_china.csv: EU-27 exports to China in 2020 were EUR 202.5 bn
			// (Eurostat).
			.path("tradeFlows[?(@.valueEur == 2.025E11)]")
			.entityList(Object.class)
			.hasSize(1)
			.path("firm.exportMarkets[*].country.code")
			.entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("ES", "IT", "PL"))
			.path("firm.exportMarkets[0].hsCodes[0].code")
			.entity(String.class)
			.isEqualTo("902190");
	}

	@Test
	void analystQuestionsAnswerOnTheShippedData() {
		// relations.csv: Anda makes LFP cathode material (284290) and holds a Little
		// Giant title;
		// Leaderdrive and KOFON make harmonic/planetary reducers (848340) like Nabtesco;
		// Kait
		// supplies Volkswagen (MERICS); Anda supplies CATL; Anda and Kait supply BYD.
		this.graphQl
			.document(
					"""
							{ lfp: importSubstitutes(hsCode: "284290") { items { firm { id } match certifications { tier { id } } } }
							  reducers: importSubstitutes(foreignFirmId: "jp-nabtesco") { items { firm { id } match } }
							  vw: supplyPaths(firmId: "de-volkswagen", direction: UPSTREAM, maxDepth: 3, tier: LITTLE_GIANT) {
							    items { firm { id } depth hops { link { confidence sources { publisher } } } } }
							  byd: supplyPaths(firmId: "cn-byd", direction: UPSTREAM, maxDepth: 1, tier: LITTLE_GIANT) { items { firm { id } } }
							  catl: supplyPaths(firmId: "cn-catl", direction: UPSTREAM, maxDepth: 1, tier: LITTLE_GIANT) { items { firm { id } } }
							  funnel: cultivationFunnel(asOf: "2024-06-30", province: "Zhejiang") { tiers { tier { id } byBatch { batch firms } } }
							  exposure: euExposure { exporters { exporter { id } } aggregate { computed publishedFigures { value } } } }
							""")
			.execute()
			.path("lfp.items[*].firm.id")
			.entityList(String.class)
			.contains("cn-guizhou-anda")
			.path("reducers.items[*].firm.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).contains("cn-leaderdrive", "cn-kofon"))
			.path("reducers.items[*].match")
			.entityList(String.class)
			.satisfies(matches -> assertThat(matches).containsOnly("SUBHEADING"))
			.path("vw.items[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-hubei-kait")
			.path("vw.items[0].hops[0].link.confidence")
			.entity(String.class)
			.isEqualTo("UNVERIFIED")
			.path("byd.items[*].firm.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("cn-guizhou-anda", "cn-hubei-kait"))
			.path("catl.items[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-guizhou-anda")
			// The 75 batch-2 Zhejiang firms passed the 2023 review, so they are active
			// mid-2024.
			.path("funnel.tiers[2].byBatch[?(@.batch == 2)].firms")
			.entityList(Integer.class)
			.containsExactly(75)
			.path("exposure.aggregate.computed")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("exposure.aggregate.publishedFigures[*].value")
			.entityList(String.class)
			.satisfies(values -> assertThat(values).containsExactlyInAnyOrder("230000000000", "40"));
	}

	private void expectError(String document, String code, String messagePart) {
		this.graphQl.document(document).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getMessage()).contains(messagePart);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", code);
		});
	}

}
