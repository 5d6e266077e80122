package io.littlegiants.kb.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import io.littlegiants.kb.common.RequestDeadline;
import io.littlegiants.kb.ingest.DatasetState;
import io.littlegiants.kb.quality.QualityGate;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.kernel.impl.api.KernelTransactions;
import org.neo4j.kernel.impl.transaction.stats.TransactionCounters;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.littlegiants.kb.TestTools.requireTool;
import static io.littlegiants.kb.TestTools.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end over HTTP on the shipped dataset, with the app pointed at a separate Neo4j
 * server through {@code spring.neo4j.uri} (the external-database mode). Expected answers
 * were worked out by hand from the CSV files under {@code import/}.
 */
@GraphQlHttpTest
@ExtendWith(OutputCaptureExtension.class)
@TestDatabase(shippedData = true)
@Order(2) // a long class: started early (see junit-platform.properties)
class ShippedDataTests {

	/** Spied on to count the queries a request sends. */
	@MockitoSpyBean
	Neo4jClient client;

	@Autowired
	HttpGraphQlTester graphQl;

	/** The test's own server, for Cypher sent as a Bolt client would. */
	@Autowired
	Neo4j neo4j;

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
	void theShippedDatasetKeepsEveryInvariantOfTheQualityGate(@Autowired QualityGate gate) {
		assertThat(gate.run(LocalDate.now(), 10)).allSatisfy(result -> assertThat(result.examples())
			.as("%s: %s (%d violations)", result.check(), result.invariant(), result.count())
			.isEmpty());
	}

	/**
	 * The read models read maps by key ({@code Graph.str(row, "validUntil")}); a misspelt
	 * key would read null. Every key they read must be a property of the shipped graph,
	 * one the import scripts set ({@code s.retrieved = row.retrieved}, though no shipped
	 * source has a value), or a name a query gives a column or map entry
	 * ({@code AS firm}, {@code authorityId: a.id}).
	 */
	@Test
	void everyKeyTheReadModelsReadIsAPropertyOfTheGraphOrNamedByAQuery() throws Exception {
		Pattern read = Pattern
			.compile("Graph\\.(?:str|integer|decimal|strings|constant|bool|date)\\([^,;]+, \"(\\w+)\"|"
					+ "Graph\\.maps?\\(\\w+\\.get\\(\"(\\w+)\"\\)\\)");
		Pattern named = Pattern.compile("\\bAS\\s+(\\w+)|(\\w+):\\s*(?!\\$)[\\w(\\[{'\"-]");
		Pattern set = Pattern.compile("\\.(\\w+)\\s*=[^=]");
		Set<String> keysRead = new HashSet<>();
		Set<String> namedByQueries = new HashSet<>();
		List<Path> sources;
		try (var files = Files.walk(Path.of("src/main/java"))) {
			sources = files.filter(p -> p.toString().endsWith(".java")).toList();
		}
		for (Path source : sources) {
			String text = Files.readString(source);
			read.matcher(text).results().forEach(m -> keysRead.add(m.group(1) != null ? m.group(1) : m.group(2)));
			named.matcher(text)
				.results()
				.forEach(m -> namedByQueries.add(m.group(1) != null ? m.group(1) : m.group(2)));
		}
		try (var files = Files.walk(Path.of("cypher"))) {
			for (Path query : files.filter(p -> p.toString().endsWith(".cypher")).toList()) {
				String text = Files.readString(query);
				named.matcher(text)
					.results()
					.forEach(m -> namedByQueries.add(m.group(1) != null ? m.group(1) : m.group(2)));
				set.matcher(text).results().forEach(m -> namedByQueries.add(m.group(1)));
			}
		}
		Set<String> properties = new HashSet<>(
				this.client.query("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey")
					.fetchAs(String.class)
					.all());
		assertThat(keysRead).as("keys the read models read").hasSizeGreaterThan(100);
		assertThat(keysRead).allSatisfy(key -> assertThat(properties.contains(key) || namedByQueries.contains(key))
			.as("'%s' is read by a read model but is no property of the graph and no name a query gives", key)
			.isTrue());
	}

	@Test
	void databaseCallsDoNotGrowWithThePage() {
		// Every field below is resolved for each firm and certification of the page: in
		// batches, the database runs as many queries for 5 firms as for 50, in the
		// request's one transaction, beside the read of the data's state for the list's
		// kept count and order (KeptFirmOrders), which a first request computes.
		String page = """
				query Page($first: Int) { firms(first: $first, filter: {tier: LITTLE_GIANT}) { edges { node {
				  id sources { id } certifications { status tier { id } issuedBy { id } sources { title } } } } } }
				""";
		this.graphQl.document(page)
			.variable("first", 1)
			.execute()
			.path("firms.edges")
			.entityList(Object.class)
			.hasSize(1);
		DatabaseCalls five = databaseCalls(() -> this.graphQl.document(page)
			.variable("first", 5)
			.execute()
			.path("firms.edges")
			.entityList(Object.class)
			.hasSize(5));
		DatabaseCalls fifty = databaseCalls(() -> this.graphQl.document(page)
			.variable("first", 50)
			.execute()
			.path("firms.edges")
			.entityList(Object.class)
			.hasSize(50));
		assertThat(fifty).as("50 firms: %d queries, 5 firms: %d", fifty.queries(), five.queries()).isEqualTo(five);
		assertThat(five.queries()).isBetween(1L, 15L);
		assertThat(five.transactions()).isEqualTo(2);
	}

	@Test
	void aFirmByIdReadsItsSelectedListsInOneStatementAndTheyAreTheBatchLoadersLists() {
		// firm(id) reads its lists with the firm (FirmLookAhead); organization(id) leaves
		// them to the batch loaders. Every list field it reads, on firms that have them.
		String fields = """
				name certifications { id status tier { id } }
				suppliers { id since date counterpart { id name } } customers { id counterpart { id } }
				competitors { id counterpart { id } } listings { id counterpart { id } } investors { id }
				mentors { id } mentees { id } loans { id }
				""";
		assertThat(FirmLookAhead.RELATIONSHIP_FIELDS.keySet()).allSatisfy(field -> assertThat(fields).contains(field));
		for (String id : List.of("cn-guizhou-anda", "cn-leaderdrive", "cn-catl", "cn-byd", "cn-welion")) {
			Object[] byLoaders = new Object[1];
			DatabaseCalls loaded = databaseCalls(() -> byLoaders[0] = this.graphQl
				.document("query($id: ID!) { organization(id: $id) { ... on Firm { " + fields + " } } }")
				.variable("id", id)
				.execute()
				.path("organization")
				.entity(Object.class)
				.get());
			Object[] byId = new Object[1];
			DatabaseCalls read = databaseCalls(
					() -> byId[0] = this.graphQl.document("query($id: ID!) { firm(id: $id) { " + fields + " } }")
						.variable("id", id)
						.execute()
						.path("firm")
						.entity(Object.class)
						.get());
			assertThat(byId[0]).as(id).isEqualTo(byLoaders[0]);
			assertThat(read.queries()).as(id).isEqualTo(1);
			assertThat(loaded.queries()).as(id).isGreaterThan(5);
		}
		// Not a firm, or nobody: null, as before.
		this.graphQl.document("{ firm(id: \"auth-miit\") { suppliers { id } } }").execute().path("firm").valueIsNull();
		this.graphQl.document("{ firm(id: \"nobody\") { suppliers { id } } }").execute().path("firm").valueIsNull();
	}

	/** What the database did while a request ran. */
	record DatabaseCalls(long queries, long transactions) {
	}

	/**
	 * Queries the app sent (every query goes through its one {@link Neo4jClient}, spied
	 * on here) and transactions the server started, while the request ran.
	 */
	private DatabaseCalls databaseCalls(Runnable request) {
		TransactionCounters transactions = ((GraphDatabaseAPI) this.neo4j.defaultDatabaseService())
			.getDependencyResolver()
			.resolveDependency(TransactionCounters.class);
		Mockito.clearInvocations(this.client);
		long before = transactions.getNumberOfStartedTransactions();
		request.run();
		long queries = Mockito.mockingDetails(this.client)
			.getInvocations()
			.stream()
			// query(String) is the app's; it hands the statement on to query(Function).
			.filter(invocation -> invocation.getMethod().getName().equals("query")
					&& invocation.getArguments()[0] instanceof String)
			.count();
		return new DatabaseCalls(queries, transactions.getNumberOfStartedTransactions() - before);
	}

	@Test
	void theDefectsTheDataReviewFoundStayFixed() {
		try (Driver driver = GraphDatabase.driver(this.neo4j.boltURI(), AuthTokens.none());
				var session = driver.session()) {
			// The 75 batch-2 Zhejiang Little Giants cite the Zhejiang notice; the 4
			// Ningbo batch-1 firms the Ningbo one.
			var lists = session
				.run("""
						MATCH (f:Firm {provinceCode: '33'})-[:HOLDS]->(c:Certification {tier: 'LITTLE_GIANT', level: 'NATIONAL'})
						WHERE c.batch IN [1, 2]
						RETURN c.batch AS batch, count(*) AS firms,
						       count(CASE WHEN EXISTS { MATCH (s:Source) WHERE s.id IN c.sourceIds AND s.url CONTAINS 'jxt.zj.gov.cn' } THEN 1 END) AS zhejiang,
						       count(CASE WHEN EXISTS { MATCH (s:Source) WHERE s.id IN c.sourceIds AND s.url CONTAINS 'ningbo' } THEN 1 END) AS ningbo
						ORDER BY batch
						""")
				.list(r -> List.of(r.get("batch").asInt(), r.get("firms").asInt(), r.get("zhejiang").asInt(),
						r.get("ningbo").asInt()));
			assertThat(lists).containsExactly(List.of(1, 4, 0, 4), List.of(2, 75, 75, 0));
			// A bracket inside the legal name stays in it.
			assertThat(session.run("MATCH (o {id: 'cn-endovastec'}) RETURN o.nameZh + '|' + o.shortNameZh AS n")
				.single()
				.get("n")
				.asString()).isEqualTo("上海微创心脉医疗科技(集团)股份有限公司|心脉医疗");
			// MERICS calls Leaderdrive and Endovastec state-backed, not Little Giants; no
			// other source gives them a title.
			assertThat(session.run(
					"MATCH (f:Firm)-[:HOLDS]->(c) WHERE f.id IN ['cn-leaderdrive', 'cn-endovastec'] RETURN count(c) AS n")
				.single()
				.get("n")
				.asInt()).isZero();
			// "2024年第一批" is the first provincial list of 2024, not programme batch 1.
			assertThat(
					session.run("MATCH (f:Firm {district: '乐清市'})-[:HOLDS]->(c) RETURN collect(DISTINCT c.batch) AS b")
						.single()
						.get("b")
						.asList())
				.isEmpty();
			// The Tianyuan list does not say which firms were new and which passed
			// a review.
			assertThat(
					session.run("MATCH (f:Firm {district: '天元区'})-[:HOLDS]->(c) RETURN collect(DISTINCT c.stage) AS s")
						.single()
						.get("s")
						.asList())
				.containsExactly("DESIGNATED_OR_REVIEWED");
			// One CNY 500 m round for Huawei, Xiaomi and Shunwei together: no
			// investor's amount.
			assertThat(session.run("""
					MATCH (i)-[r:INVESTS_IN]->(:Firm {id: 'cn-welion'}) WHERE i.id IN ['cn-huawei', 'cn-xiaomi']
					RETURN collect(r.amount) AS amounts, collect(r.round) AS rounds
					""").single().get("rounds").asList()).hasSize(2)
				.allSatisfy(round -> assertThat(round.toString()).contains("500,000,000"));
			// A Beijing listing dated before the exchange opened is a NEEQ Select
			// listing, moved on 2021-11-15.
			assertThat(session.run(
					"MATCH ()-[r:LISTED_ON {board: 'NEEQ_SELECT'}]->(:Exchange {id: 'exch-neeq'}) RETURN count(r) AS n")
				.single()
				.get("n")
				.asInt()).isEqualTo(68);
			// The Ministry is sourced to its own notice, which names it.
			assertThat(session.run(
					"MATCH (a {id: 'auth-miit'}) MATCH (s:Source) WHERE s.id IN a.sourceIds RETURN collect(s.url) AS u")
				.single()
				.get("u")
				.asList()).containsExactly("http://kjzch.com/cn/gongxin/2019-06-13/138381.html");
			// Sources are structured records: every one names its publisher.
			assertThat(
					session.run("MATCH (s:Source) WHERE s.publisher IS NULL OR s.publisher = '' RETURN count(s) AS n")
						.single()
						.get("n")
						.asInt())
				.isZero();
		}
		// A former NEEQ code finds the firm.
		this.graphQl.document("{ search(text: \"830809\") { organization { id } } }")
			.execute()
			.path("search[0].organization.id")
			.entity(String.class)
			.isEqualTo("cn-guizhou-anda");
	}

	@Test
	void anArgumentNamingNothingIsAnErrorNotAnEmptyAnswer() {
		this.graphQl.document("{ supplyPaths(firmId: \"cn-nobody\", direction: UPSTREAM) { items { depth } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")
					.containsEntry("argument", "firmId");
				assertThat(error.getMessage()).startsWith("no organization has the id 'cn-nobody'");
			}));
		this.graphQl.document("{ importSubstitutes(hsCode: \"849999\") { items { match } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
		this.graphQl.document("{ euExposure(country: \"Atlantis\") { exporters { score } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
		this.graphQl.document("{ euExposure(country: \"China\") { exporters { score } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
		// A member state by name is the member state by code.
		List<String> byName = this.graphQl
			.document("{ euExposure(country: \"Germany\") { exporters { exporter { id } } } }")
			.execute()
			.path("euExposure.exporters[*].exporter.id")
			.entityList(String.class)
			.get();
		assertThat(byName).isNotEmpty()
			.isEqualTo(this.graphQl.document("{ euExposure(country: \"DE\") { exporters { exporter { id } } } }")
				.execute()
				.path("euExposure.exporters[*].exporter.id")
				.entityList(String.class)
				.get());
	}

	@Test
	void everyTransactionOfTheApiHasATimeoutAndARequestsNoMoreThanItsTimeLeft(
			@Autowired PlatformTransactionManager transactions) {
		// application.yml: spring.transaction.default-timeout, which Spring Data Neo4j
		// passes to the driver as each transaction's timeout, on an external server too.
		TransactionTemplate template = new TransactionTemplate(transactions);
		Supplier<List<Duration>> timeouts = () -> template.execute(status -> {
			this.client.query("RETURN 1").fetch().one();
			return ((GraphDatabaseAPI) this.neo4j.defaultDatabaseService()).getDependencyResolver()
				.resolveDependency(KernelTransactions.class)
				.activeTransactions()
				.stream()
				.map(transaction -> Duration.ofNanos(transaction.timeout().timeoutNanos()))
				.toList();
		});
		assertThat(timeouts.get()).containsExactly(Duration.ofSeconds(60));
		try (RequestDeadline.Scope scope = RequestDeadline.start(Duration.ofSeconds(7))) {
			assertThat(timeouts.get()).singleElement()
				.satisfies(timeout -> assertThat(timeout).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(7)));
		}
	}

	@Test
	void statsCountsTypesTheGraphHasNotYetWithoutAWarning(CapturedOutput output) {
		// The shipped data has no MENTORS or LENDS_TO relationships: they count 0, and
		// normal traffic logs nothing at WARN.
		int before = output.getAll().length();
		this.graphQl.document("{ stats { relationships { name count } } }")
			.execute()
			.path("stats.relationships[?(@.name == 'LENDS_TO')].count")
			.entityList(Integer.class)
			.containsExactly(0)
			.path("stats.relationships[?(@.name == 'SUPPLIES')].count")
			.entityList(Integer.class)
			.satisfies(counts -> assertThat(counts.get(0)).isPositive());
		// Capital flows read LENDS_TO and the fund properties the shipped data lacks.
		this.graphQl.document("{ capitalFlows { groups { channel amount } } }").execute().errors().verify();
		assertThat(output.getAll().substring(before)).doesNotContain("does not exist");
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
	void everyTypeThatStatesFactsNamesItsSourcesAndOrganizationFieldsAreMappedOnce() {
		var response = this.graphQl.documentName("sourced-everywhere").execute();
		for (String list : List.of("tiers", "sectors", "technologies", "programFacts", "tradeFlows",
				"endovastec.exportMarkets", "kait.certifications", "kait.products", "kait.figures", "kait.customers")) {
			response.path(list)
				.entityList(Map.class)
				.satisfies(items -> assertThat(items).as(list)
					.isNotEmpty()
					.allSatisfy(item -> assertThat((List<?>) item.get("sources")).as(list + " " + item.get("id"))
						.isNotEmpty()));
		}
		for (String single : List.of("hsCode", "exchange", "kait")) {
			response.path(single + ".sources[*].id")
				.entityList(String.class)
				.satisfies(ids -> assertThat(ids).as(single).isNotEmpty());
		}
		// relations.csv: BYD invests in Guizhou Anda; CAS IOP collaborates with WeLion.
		response.path("byd.country.code").entity(String.class).isEqualTo("CN");
		response.path("byd.investments[*].counterpart.id").entityList(String.class).contains("cn-guizhou-anda");
		response.path("institute.country.code").entity(String.class).isEqualTo("CN");
		response.path("institute.collaborations[*].counterpart.id").entityList(String.class).contains("cn-welion");
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
		// of batch 1; no other shipped list names a batch-2 firm located in Zhejiang.
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
			// Xinhua calls KOFON a Little Giant; MERICS calls Leaderdrive state-backed,
			// not a Little Giant, and no shipped source gives it a title.
			.satisfies(list -> assertThat(list).containsExactly("cn-kofon"));
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
	void searchFindsNamesByPinyinAndDespiteTyposScoringZeroToOne() {
		// 宁德时代 in pinyin, run together or apart; Volkswagen with a letter missing.
		this.graphQl.document("""
				{ apart: search(text: "Ningde Shidai", first: 3) { score matchedField matchedName organization { id } }
				  together: search(text: "ningdeshidai", first: 1) { organization { id } }
				  typo: search(text: "Volkswagn", first: 1) { score matchedField organization { id } }
				  exact: search(text: "宁德时代", first: 1) { score matchedField } }
				""")
			.execute()
			.path("apart[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("score", 0.95, "matchedField", "PINYIN", "matchedName", "宁德时代", "organization",
					Map.of("id", "cn-catl")))
			.path("together[0].organization.id")
			.entity(String.class)
			.isEqualTo("cn-catl")
			.path("typo[0].organization.id")
			.entity(String.class)
			.isEqualTo("de-volkswagen")
			.path("typo[0].score")
			.entity(Double.class)
			.satisfies(score -> assertThat(score).isBetween(0.8, 0.95))
			.path("exact[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("score", 1.0, "matchedField", "SHORT_NAME_ZH"));
	}

	@Test
	void matchMapsAListOfNamesWithTheImportersRules(@LocalServerPort int port) throws Exception {
		this.graphQl
			.document(
					"""
							{ match(names: ["宁德时代", "Volkswagen AG", "Volkswagn", "Ningde Shidai", "Qwxz Plorbt Unlikely", "CATL"]) {
							    input decision rule organization { id } candidates { organization { id } score } } }
							""")
			.execute()
			.path("match[*].decision")
			.entityList(String.class)
			.containsExactly("MATCH", "MATCH", "AMBIGUOUS", "AMBIGUOUS", "NONE", "MATCH")
			.path("match[*].rule")
			.entityList(String.class)
			.containsExactly("short name", "English name", "similar names only", "similar names only",
					"no similar name", "alias")
			.path("match[0].organization.id")
			.entity(String.class)
			.isEqualTo("cn-catl")
			.path("match[2].candidates[0].organization.id")
			.entity(String.class)
			.isEqualTo("de-volkswagen")
			.path("match[3].candidates[0].organization.id")
			.entity(String.class)
			.isEqualTo("cn-catl");
		// country narrows the candidates: no German firm is called 宁德时代.
		this.graphQl.document("{ match(names: [\"宁德时代\"], country: \"Germany\") { decision } }")
			.execute()
			.path("match[0].decision")
			.entity(String.class)
			.isNotEqualTo("MATCH");
		// The same as CSV in, CSV out.
		HttpResponse<String> csv = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/match"))
				.header("Content-Type", "text/csv")
				.POST(HttpRequest.BodyPublishers.ofString("name,country\n宁德时代,CN\n\"Volkswagen AG\",\n"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body().lines().toList()).hasSize(3)
			.element(0)
			.isEqualTo("name,decision,rule,id,matchedName,score,matchedField,candidates");
		assertThat(csv.body().lines().toList().get(1)).startsWith("宁德时代,MATCH,short name,cn-catl,");
		assertThat(csv.body().lines().toList().get(2)).startsWith("Volkswagen AG,MATCH,English name,de-volkswagen,");
		HttpResponse<String> bad = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/match"))
				.header("Content-Type", "text/csv")
				.POST(HttpRequest.BodyPublishers.ofString("firm\nBYD\n"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("'name' column");
	}

	@Test
	void operatorsSeeHealthInfoAndMetrics(@LocalServerPort int port, @Autowired DatasetState state) throws Exception {
		this.graphQl.document("{ stats { data { version } } }").execute().errors().verify();
		HttpResponse<String> health = get(port, "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"dataset\"").contains("\"neo4j\"");
		assertThat(get(port, "/actuator/info").body()).contains("\"build\"").contains("\"version\"");
		assertThat(get(port, "/actuator/prometheus").body()).contains("graphql_request_seconds_count");
		assertThat(health.headers().firstValue("X-Request-Id")).isPresent();
		HttpResponse<String> traced = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
				.header("X-Request-Id", "notebook-42")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(traced.headers().firstValue("X-Request-Id")).hasValue("notebook-42");
		// While a load runs, health says LOADING with 503 and GraphQL says the data is
		// not complete yet, with a code.
		state.loading("loading organizations.csv (8 of 19 files)");
		try {
			HttpResponse<String> loading = get(port, "/actuator/health");
			assertThat(loading.statusCode()).isEqualTo(503);
			assertThat(loading.body()).contains("\"status\":\"LOADING\"").contains("organizations.csv");
			this.graphQl.document("{ stats { data { version } } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getMessage()).contains("loading organizations.csv");
					assertThat(error.getExtensions()).containsEntry("code", "SERVICE_UNAVAILABLE");
				}));
		}
		finally {
			state.ready("loaded");
		}
		assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(200);
	}

	private static HttpResponse<String> get(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void everyQuestionAndTheFirmListExportToCsvAndExcel(@LocalServerPort int port) throws Exception {
		Map<String, String> exports = Map.of("firms", "province=33", "supplyChainGaps", "", "importSubstitutes",
				"hsCode=848340&excludeConfidence=UNVERIFIED,LOW_AUTHORITY", "euExposure", "country=Germany",
				"supplyPaths", "firmId=cn-byd&direction=UPSTREAM&maxDepth=2", "singleSourceDependencies", "",
				"recertificationDue", "from=2025-01-01&to=2027-12-31", "criteriaAudit", "", "capitalFlows",
				"groupBy=CHANNEL,YEAR", "cultivationFunnel", "");
		for (Map.Entry<String, String> export : exports.entrySet()) {
			HttpResponse<String> csv = get(port, "/export/" + export.getKey() + ".csv?" + export.getValue());
			assertThat(csv.statusCode()).as(export.getKey() + ": " + csv.body()).isEqualTo(200);
			assertThat(csv.body()).as(export.getKey()).startsWith("\uFEFF");
		}
		// Every firm of Zhejiang, paged through, with its Chinese name intact.
		int zhejiang = this.graphQl.document("{ firms(filter: {province: \"33\"}) { totalCount } }")
			.execute()
			.path("firms.totalCount")
			.entity(Integer.class)
			.get();
		List<String> lines = get(port, "/export/firms.csv?province=33").body().lines().toList();
		assertThat(lines.get(0)).startsWith("\uFEFFid,name,nameZh,countryCode,province");
		assertThat(lines.get(0)).contains("certifications", "sources");
		assertThat(lines).hasSize(zhejiang + 1).anyMatch(line -> line.contains("浙江"));
		HttpResponse<byte[]> xlsx = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/export/firms.xlsx?province=33"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(xlsx.body()))) {
			assertThat(workbook.getFirstSheet().read()).hasSize(zhejiang + 1);
		}
		// An answer with no rows still has its header row.
		assertThat(get(port, "/export/importSubstitutes.csv?hsCode=848340&excludeConfidence=INFERRED").body()
			.lines()
			.toList())
			.containsExactly("\uFEFFfirm.id,firm.name,firm.nameZh,firm.province,match,matches,certifications,"
					+ "sharedCustomers,replaces,capital");
		// Arguments are checked as in GraphQL, and named.
		HttpResponse<String> unknown = get(port, "/export/firms.csv?provinc=33");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("'provinc' is not a parameter").contains("province");
		assertThat(get(port, "/export/supplyPaths.csv?firmId=cn-nobody&direction=UPSTREAM").body())
			.contains("no organization has the id 'cn-nobody'");
		assertThat(get(port, "/export/everything.csv").statusCode()).isEqualTo(404);
	}

	@Test
	void theGraphExportsAsFollowTheMoneyEntitiesThatKeepTheSchemaRules(@LocalServerPort int port) throws Exception {
		HttpResponse<String> export = get(port, "/export/followthemoney.json");
		assertThat(export.statusCode()).isEqualTo(200);
		List<String> lines = export.body().lines().toList();
		assertThat(io.littlegiants.kb.ftm.FtmRules.violations(lines, "little_giants_kb")).isEmpty();
		// Every organization and every relationship of the exported types is there once.
		long organizations = this.graphQl.document("{ stats { nodes { name count } } }")
			.execute()
			.path("stats.nodes[?(@.name == 'Organization')].count")
			.entityList(Long.class)
			.get()
			.get(0);
		assertThat(lines.stream()
			.filter(l -> l.contains("\"schema\":\"Company\"") || l.contains("\"schema\":\"Organization\"")
					|| l.contains("\"schema\":\"PublicBody\"")))
			.hasSize((int) organizations);
		assertThat(lines).anyMatch(
				l -> l.startsWith("{\"id\":\"little_giants_kb-cn-catl\",\"schema\":\"Company\"") && l.contains("宁德时代"));
		assertThat(lines).anyMatch(l -> l.contains("\"schema\":\"UnknownLink\"") && l.contains("\"supplier\"")
				&& l.contains("little_giants_kb-cn-guizhou-anda") && l.contains("sourceUrl"));
	}

	@Test
	void graphiqlWorksWithoutInternetAndRunsTheFirstExample(@LocalServerPort int port) throws Exception {
		String dom = browse(port, "/graphiql#run", "graphiql.png");
		// Headless Chromium dumps the page when its virtual time runs out, and on a busy
		// machine that can come before the answer to the click: a few more tries, not a
		// longer wait, keep the test about the page and not about the machine's speed.
		for (int attempt = 1; attempt < 4 && !dom.contains("\"activeFirms\""); attempt++) {
			dom = browse(port, "/graphiql#run", "graphiql.png");
		}
		assertThat(dom).contains("graphiql-container").doesNotContain("Loading GraphiQL");
		// The first tab's answer: the cultivation funnel, computed by the server.
		assertThat(dom).contains("\"data\"").contains("\"activeFirms\"");
	}

	@Test
	void theExplorerDrawsGuizhouAndasCustomers(@LocalServerPort int port) throws Exception {
		String dom = browse(port, "/explore?firm=cn-guizhou-anda", "explorer.png");
		// The graph is drawn on a canvas; the side panel lists the same neighbours.
		assertThat(dom).contains("<canvas")
			.contains("Guizhou Anda Energy Technology")
			.contains("data-id=\"cn-catl\"", "data-id=\"cn-byd\"", "data-id=\"cn-calb\"");
	}

	@Test
	void everyGraphiqlExampleAnswersWithoutErrors() throws Exception {
		String examples = new org.springframework.core.io.ClassPathResource("static/graphiql/examples.js")
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		java.util.regex.Matcher query = java.util.regex.Pattern.compile("query: `([^`]*)`").matcher(examples);
		int count = 0;
		while (query.find()) {
			this.graphQl.document(query.group(1)).execute().errors().verify();
			count++;
		}
		assertThat(count).as("one example per analytic question, then search and match").isEqualTo(11);
	}

	@Test
	void theAnalystsNotebookRunsEveryCellAgainstTheServer(@LocalServerPort int port) throws Exception {
		// Debian's jupyter-nbconvert, python3-pandas and python3-matplotlib (CI
		// installs them).
		java.nio.file.Path nbconvert = requireTool("/usr/bin/jupyter-nbconvert");
		java.nio.file.Path out = java.nio.file.Path.of("target", "notebooks").toAbsolutePath();
		ProcessBuilder run = new ProcessBuilder(nbconvert.toString(), "--to", "notebook", "--execute",
				"--ExecutePreprocessor.timeout=600", "--output-dir", out.toString(),
				"examples/notebooks/trade-analyst.ipynb")
			.redirectErrorStream(true);
		run.environment().put("KB_URL", "http://127.0.0.1:" + port);
		run.environment().remove("MPLBACKEND");
		Process process = run.start();
		String log = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(log).isZero();
		String executed = java.nio.file.Files.readString(out.resolve("trade-analyst.ipynb"));
		assertThat(executed.split("\"image/png\"", -1)).as("two charts drawn").hasSizeGreaterThanOrEqualTo(3);
		assertThat(executed).contains("KOFON Motion Group").contains("THIN_DATA");
	}

	@Test
	void theGraphQlOverHttpAuditPassesEveryMustAndShould(@LocalServerPort int port) throws Exception {
		// graphql-http's own audit (npm, versions pinned in its package-lock.json), run
		// by Node.js against this server.
		java.nio.file.Path npm = requireTool("/usr/bin/npm");
		java.nio.file.Path dir = java.nio.file.Path.of("target", "graphql-http-audit").toAbsolutePath();
		java.nio.file.Files.createDirectories(dir);
		for (String file : List.of("audit.mjs", "package.json", "package-lock.json")) {
			try (var in = new org.springframework.core.io.ClassPathResource("graphql-http-audit/" + file)
				.getInputStream()) {
				java.nio.file.Files.copy(in, dir.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		assertThat(run(dir, npm.toString(), "ci", "--no-audit", "--no-fund")).isNotNull();
		String results = run(dir, "/usr/bin/node", "audit.mjs", "http://127.0.0.1:" + port + "/graphql");
		List<String> lines = results.lines().filter(line -> line.startsWith("{")).toList();
		assertThat(lines).as("the audit ran").hasSizeGreaterThan(50);
		// MUST failures are "error", SHOULD failures "warn"; MAY ones are "notice".
		assertThat(lines).as(results)
			.noneMatch(line -> line.contains("\"status\":\"error\"") || line.contains("\"status\":\"warn\""));
		// Queries over GET, with URL-encoded variables, pass too.
		assertThat(lines).filteredOn(line -> line.matches(".*\"id\":\"(5A70|D6D5|6A70)\".*"))
			.hasSize(3)
			.allMatch(line -> line.contains("\"status\":\"ok\""));
		HttpResponse<String> badVariables = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI
					.create("http://127.0.0.1:" + port + "/graphql?query=%7B__typename%7D&variables=%7Bnot-json"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(badVariables.statusCode()).isEqualTo(400);
		assertThat(badVariables.body()).contains("BAD_USER_INPUT").contains("must be JSON");
	}

	/**
	 * A page of the server as a headless Chromium that can reach 127.0.0.1 and nothing
	 * else draws it: its DOM once scripts have run, and a screenshot under target/.
	 */
	private static String browse(int port, String path, String screenshotName) throws Exception {
		java.nio.file.Path chromium = requireTool("/usr/bin/chromium");
		String url = "http://127.0.0.1:" + port + path;
		List<String> common = List.of(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "--window-size=1400,900",
				"--virtual-time-budget=30000");
		Process dump = new ProcessBuilder(concat(common, "--dump-dom", url))
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		String dom = new String(dump.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(dump.waitFor()).isZero();
		java.nio.file.Path screenshot = java.nio.file.Path.of("target", screenshotName).toAbsolutePath();
		Process shot = new ProcessBuilder(concat(common, "--screenshot=" + screenshot, url)).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(shot.waitFor()).isZero();
		assertThat(screenshot).exists();
		return dom;
	}

	private static List<String> concat(List<String> head, String... tail) {
		List<String> all = new java.util.ArrayList<>(head);
		all.addAll(List.of(tail));
		return all;
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
		String merics = "Accelerator state: How China fosters \"Little Giant\" companies (MERICS report, 2023)";
		this.graphQl.document("""
				{ firm(id: "cn-hubei-kait") {
				    sources { id }
				    certifications { confidence sources { title } }
				    customers { counterpart { id } confidence sources { title } }
				    listings { amount currency confidence sources { title } } } }
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
			.containsExactly(merics)
			// Only MERICS states Kait's title: it cites MERICS alone, and is no better
			// than MERICS supports, not the firm's filings that never mention it.
			.path("firm.certifications[*].sources[*].title")
			.entityList(String.class)
			.containsExactly(merics)
			.path("firm.certifications[*].confidence")
			.entityList(String.class)
			.containsExactly("UNVERIFIED")
			// The listing is REPORTED by the A-share data; the CNY 133 m only
			// MERICS states stays a separate UNVERIFIED claim instead of taking the
			// listing's confidence.
			.path("firm.listings[?(@.amount == 1.33E8)].confidence")
			.entityList(String.class)
			.containsExactly("UNVERIFIED")
			.path("firm.listings[?(@.amount == 1.33E8)].sources[*].title")
			.entityList(String.class)
			.containsExactly(merics)
			.path("firm.listings[?(@.confidence == 'REPORTED')].amount")
			.entityList(Object.class)
			.hasSize(1)
			.satisfies(amounts -> assertThat(amounts).containsOnlyNulls());
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
			// The MicroPort page reports an implantation in Italy; no source names Poland
			// or Spain.
			.satisfies(list -> assertThat(list).containsExactly("IT"))
			.path("firm.exportMarkets[0].hsCodes[0].code")
			.entity(String.class)
			.isEqualTo("902190");
	}

	@Test
	void answersOnThinShippedDataSaySoThemselves() {
		// The review's cases: gaps that only reflect missing product codes, capital flows
		// without any bank loan, exposure resting on INFERRED HS codes, and a graph that
		// holds a fraction of the published Little Giants.
		this.graphQl.document("""
				{ supplyChainGaps { coverage { counts { name count } caveats { code message } } }
				  capitalFlows { coverage { counts { name count } caveats { code message } } }
				  euExposure { coverage { counts { name count } caveats { code message } } } }
				""")
			.execute()
			.path("supplyChainGaps.coverage.caveats[*].code")
			.entityList(String.class)
			.containsExactly("THIN_DATA", "ABSENCE_IS_NOT_EVIDENCE", "INFERRED_BASIS", "PARTIAL_LIST")
			.path("supplyChainGaps.coverage.caveats[0].message")
			.entity(String.class)
			.isEqualTo("Only 5 of 231 certified firms (2%) have a product with an HS code: a gap may only mean that "
					+ "no certified maker's product is recorded.")
			.path("capitalFlows.coverage.caveats[0].message")
			.entity(String.class)
			.isEqualTo("No bank loans of certified firms are loaded: the STATE_BANK_LOAN and COMMERCIAL_BANK_LOAN "
					+ "channels are unknown, not zero.")
			.path("euExposure.coverage.caveats[*].code")
			.entityList(String.class)
			.contains("INFERRED_BASIS", "PARTIAL_LIST");
	}

	@Test
	void analystQuestionsAnswerOnTheShippedData() {
		// relations.csv: Anda makes LFP cathode material (284290) and holds a Little
		// Giant title; KOFON (a Little Giant per Xinhua) makes reducers (848340) like
		// Nabtesco; Leaderdrive makes them too but holds no sourced title; Kait supplies
		// Volkswagen (MERICS); Anda supplies CATL; Anda and Kait supply BYD.
		this.graphQl
			.document(
					"""
							{ lfp: importSubstitutes(hsCode: "284290") { items { firm { id } match certifications { tier { id } } } }
							  reducers: importSubstitutes(foreignFirmId: "jp-nabtesco") { items { firm { id } match } }
							  vw: supplyPaths(firmId: "de-volkswagen", direction: UPSTREAM, maxDepth: 3, tier: LITTLE_GIANT) {
							    items { firm { id } depth hops { link { confidence sources { publisher } } } } warnings { code } }
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
			.satisfies(ids -> assertThat(ids).contains("cn-kofon").doesNotContain("cn-leaderdrive"))
			.path("reducers.items[*].match")
			.entityList(String.class)
			.satisfies(matches -> assertThat(matches).containsOnly("SUBHEADING"))
			.path("vw.items[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-hubei-kait")
			.path("vw.items[0].hops[0].link.confidence")
			.entity(String.class)
			.isEqualTo("UNVERIFIED")
			// Kait -> Volkswagen rests on MERICS alone: the answer says so itself.
			.path("vw.warnings[*].code")
			.entityList(String.class)
			.contains("UNVERIFIED_FACTS")
			.path("byd.items[*].firm.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("cn-guizhou-anda", "cn-hubei-kait"))
			.path("catl.items[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-guizhou-anda")
			// The 75 batch-2 Zhejiang firms passed the 2023 review, so they are
			// active mid-2024.
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
