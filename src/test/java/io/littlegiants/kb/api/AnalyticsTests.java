package io.littlegiants.kb.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import io.littlegiants.kb.TestTools;
import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.NamedQueries;
import io.littlegiants.kb.common.RequestDeadline;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.summary.Plan;
import org.neo4j.harness.Neo4j;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The analytic questions on the fixture graph {@code fixtures/analytics.cypher}, through
 * GraphQL. Every expected value was worked out by hand from that file; the comments say
 * how.
 */
@GraphQlHttpTest
@TestDatabase(fixture = "fixtures/analytics.cypher")
@Order(5) // a long class: started early (see junit-platform.properties)
class AnalyticsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	/** The test's own server, for Cypher sent as a Bolt client would. */
	@Autowired
	Neo4j neo4j;

	@Autowired
	NamedQueries queries;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Neo4jClient client;

	@Autowired
	ParsedDocuments documents;

	@Test
	void funnelCountsActiveFirmsPerTierAndBatchOnTheDay() {
		// 2024-12-31: cn-a's LG (batch 6, from 2024-05-01) is active, cn-b's expired in
		// 2003, cn-d's publicity entry (2025) has not started; cn-a's champion title has
		// no dates.
		this.graphQl.document("""
				{ cultivationFunnel(asOf: "2024-12-31") { tiers { tier { id } targetSize activeFirms proposedFirms
				  expiredFirms unknownValidityFirms byBatch { batch firms } publishedCounts { value } } } }
				""")
			.execute()
			.path("cultivationFunnel.tiers[2].tier.id")
			.entity(String.class)
			.isEqualTo("LITTLE_GIANT")
			.path("cultivationFunnel.tiers[2].activeFirms")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("cultivationFunnel.tiers[2].proposedFirms")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("cultivationFunnel.tiers[2].expiredFirms")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("cultivationFunnel.tiers[2].byBatch[0].batch")
			.entity(Integer.class)
			.isEqualTo(6)
			.path("cultivationFunnel.tiers[2].publishedCounts[0].value")
			.entity(String.class)
			.isEqualTo("3012")
			.path("cultivationFunnel.tiers[2].targetSize")
			.entity(Integer.class)
			.isEqualTo(10000)
			.path("cultivationFunnel.tiers[3].unknownValidityFirms")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("cultivationFunnel.tiers[0].activeFirms")
			.entity(Integer.class)
			.isEqualTo(0);
		// Mid-2025 cn-d's publicity entry has started: proposed, not active.
		this.graphQl.document("{ cultivationFunnel(asOf: \"2025-06-30\") { tiers { proposedFirms activeFirms } } }")
			.execute()
			.path("cultivationFunnel.tiers[2].proposedFirms")
			.entity(Integer.class)
			.isEqualTo(1);
		// Only cn-a is in sector mic-02 (through its direction mic-02.2).
		this.graphQl.document(
				"{ cultivationFunnel(asOf: \"2024-12-31\", sector: \"mic-02\") { tiers { expiredFirms activeFirms } } }")
			.execute()
			.path("cultivationFunnel.tiers[2].expiredFirms")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("cultivationFunnel.tiers[2].activeFirms")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void recertificationDueListsValidityEndingInTheWindow() {
		this.graphQl.document(
				"{ recertificationDue(from: \"2028-01-01\", to: \"2099-12-31\") { truncated items { firm { id } certification { id } } } }")
			.execute()
			.path("recertificationDue.items[*].certification.id")
			.entityList(String.class)
			.containsExactly("cert-d", "cert-a")
			.path("recertificationDue.truncated")
			.entity(Boolean.class)
			.isEqualTo(false);
		this.graphQl.document(
				"{ recertificationDue(from: \"2028-01-01\", to: \"2099-12-31\", first: 1) { truncated items { firm { id } } } }")
			.execute()
			.path("recertificationDue.truncated")
			.entity(Boolean.class)
			.isEqualTo(true);
		this.graphQl.document("{ recertificationDue(from: \"2030-01-01\", to: \"2029-01-01\") { truncated } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT"));
	}

	@Test
	void supplyChainGapsRankGapsFirstAndKeepCurrenciesApart() {
		// Foreign purchases by Chinese firms: 848340 three times (jp-f to cn-x EUR 100
		// and to cn-y CNY 50, de-e to cn-x EUR 10), 850131 once (jp-f), and de-e's 850760
		// line sold in China. 850131 has no certified maker: the only gap, ranked first.
		this.graphQl.document("""
				{ supplyChainGaps { truncated items { hsCode { code } gap foreignPurchases foreignSuppliers { id }
				  values { currency amount } certifiedMakers { id } } } }
				""")
			.execute()
			.path("supplyChainGaps.items[*].hsCode.code")
			.entityList(String.class)
			.containsExactly("850131", "848340", "850760")
			.path("supplyChainGaps.items[0].gap")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("supplyChainGaps.items[1].foreignPurchases")
			.entity(Integer.class)
			.isEqualTo(3)
			// Suppliers by name, currencies in order.
			.path("supplyChainGaps.items[1].foreignSuppliers[*].id")
			.entityList(String.class)
			.containsExactly("de-e", "jp-f")
			.path("supplyChainGaps.items[1].values")
			.entityList(Map.class)
			.containsExactly(Map.of("currency", "CNY", "amount", 50.0), Map.of("currency", "EUR", "amount", 110.0))
			.path("supplyChainGaps.items[1].certifiedMakers[*].id")
			.entityList(String.class)
			.containsExactly("cn-a")
			.path("supplyChainGaps.items[2].certifiedMakers[*].id")
			.entityList(String.class)
			.containsExactly("cn-d");
		// One customer: cn-y buys only 848340, from jp-f.
		this.graphQl.document(
				"{ supplyChainGaps(customerId: \"cn-y\", hsLevel: 4) { items { hsCode { code } gap certifiedMakers { id } } } }")
			.execute()
			.path("supplyChainGaps.items[*].hsCode.code")
			.entityList(String.class)
			.containsExactly("8483")
			.path("supplyChainGaps.items[0].certifiedMakers[*].id")
			.entityList(String.class)
			.containsExactly("cn-a", "cn-b");
		// The makers listed per code are the first by name; the count is of them all.
		this.graphQl.document("""
				{ one: supplyChainGaps(customerId: "cn-y", hsLevel: 4, makersPerCode: 1) {
				    items { certifiedMakers { id } certifiedMakerCount } }
				  none: euExposure(makersPerCode: 0) { exporters { exposedProducts { makers { id } makerCount } } } }
				""")
			.execute()
			.path("one.items[0].certifiedMakers[*].id")
			.entityList(String.class)
			.containsExactly("cn-a")
			.path("one.items[0].certifiedMakerCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("none.exporters[0].exposedProducts[0].makers")
			.entityList(Object.class)
			.hasSize(0)
			.path("none.exporters[0].exposedProducts[0].makerCount")
			.entity(Integer.class)
			.isEqualTo(1);
		this.graphQl.document("{ supplyChainGaps(makersPerCode: -1) { truncated } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("argument", "makersPerCode")));
		// Nothing in scope (cn-d buys nothing): an empty answer, not an error.
		this.graphQl.document("{ supplyChainGaps(customerId: \"cn-d\") { items { gap } truncated } }")
			.execute()
			.path("supplyChainGaps.items")
			.entityList(Object.class)
			.hasSize(0);
		// A customer that is not in the graph: an error, not an empty answer.
		this.graphQl.document("{ supplyChainGaps(customerId: \"nobody\") { items { gap } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")
					.containsEntry("argument", "customerId")));
	}

	@Test
	void importSubstitutesFlagHeadingMatchesAndShowSharedCustomersAndCapital() {
		// jp-f makes 848340. cn-a makes it too (subheading match), cn-b makes 848310
		// (heading match, weaker), cn-c makes 848340 but holds no certification. cn-a and
		// jp-f both supply cn-x.
		this.graphQl.document("""
				{ importSubstitutes(foreignFirmId: "jp-f") { items { firm { id } match sharedCustomers { id }
				  foreignFirmsChineseCustomers { id } capital { channel currency amount count } } } }
				""")
			.execute()
			.path("importSubstitutes.items[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-a", "cn-b")
			.path("importSubstitutes.items[*].match")
			.entityList(String.class)
			.containsExactly("SUBHEADING", "HEADING")
			.path("importSubstitutes.items[0].foreignFirmsChineseCustomers[*].id")
			.entityList(String.class)
			.containsExactly("cn-x")
			.path("importSubstitutes.items[0].capital")
			.entityList(Map.class)
			.satisfies(capital -> assertThat(capital).containsExactlyInAnyOrder(
					Map.of("channel", "INVESTMENT", "currency", "CNY", "amount", 5000000.0, "count", 1),
					Map.of("channel", "INVESTMENT", "currency", "EUR", "amount", 1000000.0, "count", 1),
					Map.of("channel", "IPO", "currency", "CNY", "amount", 300000000.0, "count", 1)));
		// By code, in one call: the substitutes and whom they replace. jp-f and de-e make
		// 848340 like cn-a; nobody foreign makes cn-b's 848310.
		this.graphQl.document("{ importSubstitutes(hsCode: \"848340\") { items { firm { id } replaces { id } } } }")
			.execute()
			.path("importSubstitutes.items[0].replaces[*].id")
			.entityList(String.class)
			.containsExactly("de-e", "jp-f")
			.path("importSubstitutes.items[1].replaces")
			.entityList(Object.class)
			.hasSize(0);
		// activeOnly drops cn-b, whose certification expired in 2003.
		this.graphQl.document("{ importSubstitutes(hsCode: \"8483.40\", activeOnly: true) { items { firm { id } } } }")
			.execute()
			.path("importSubstitutes.items[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-a");
		this.graphQl.document("{ importSubstitutes { items { match } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("give an hsCode, a foreignFirmId"));
	}

	@Test
	void euExposureScoresWithWeightsAndComputesTheAggregateFromHsFlows() {
		// de-e: makers of its codes 848340 (cn-a) and 850760 (cn-d) = 2; its Chinese
		// customer cn-x is supplied by cn-a = 1; documented certified rival cn-a = 1.
		// Score 1x2 + 2x1 + 1x1 = 5. Aggregate 2023: 848340 (EUR 1,000) has a certified
		// maker, 850131 (EUR 3,000) has none.
		this.graphQl
			.document(
					"""
							{ euExposure { exporters { exporter { id } score certifiedMakers exposedProducts { hsCode { code } makers { id } }
							    sharedChineseCustomers { customer { id } maker { id } } documentedRivals { counterpart { id } }
							    valueAtStake { value currency } }
							  aggregate { computed year flows exposedFlows totalValueEur exposedValueEur share publishedFigures { value } } } }
							""")
			.execute()
			.path("euExposure.exporters[*].exporter.id")
			.entityList(String.class)
			.containsExactly("de-e")
			.path("euExposure.exporters[0].score")
			.entity(Double.class)
			.isEqualTo(5.0)
			.path("euExposure.exporters[0].sharedChineseCustomers[0].customer.id")
			.entity(String.class)
			.isEqualTo("cn-x")
			.path("euExposure.exporters[0].documentedRivals[0].counterpart.id")
			.entity(String.class)
			.isEqualTo("cn-a")
			.path("euExposure.exporters[0].valueAtStake.value")
			.entity(Double.class)
			.isEqualTo(1.0E9)
			.path("euExposure.aggregate.year")
			.entity(Integer.class)
			.isEqualTo(2023)
			.path("euExposure.aggregate.share")
			.entity(Double.class)
			.isEqualTo(0.25)
			.path("euExposure.aggregate.publishedFigures[*].value")
			.entityList(String.class)
			.satisfies(values -> assertThat(values).containsExactlyInAnyOrder("230000000000", "40"));
		this.graphQl.document(
				"{ euExposure(weights: {makers: 0, sharedCustomers: 1, documentedRivals: 0}) { exporters { score } } fr: euExposure(country: \"FR\") { exporters { score } } }")
			.execute()
			.path("euExposure.exporters[0].score")
			.entity(Double.class)
			.isEqualTo(1.0)
			.path("fr.exporters")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void aFirmsFiguresComeByMetricNewestPeriodFirst() {
		// cn-a reported five figures (revenue for 2021 and 2023); cn-d none.
		this.graphQl.document("{ a: firm(id: \"cn-a\") { figures { id } } d: firm(id: \"cn-d\") { figures { id } } }")
			.execute()
			.path("a.figures[*].id")
			.entityList(String.class)
			.containsExactly("fa3", "fa4", "fa2", "fa1", "fa0")
			.path("d.figures")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void supplyPathsCutCyclesSkipEdgesNotValidOnTheDayAndFilterByTier() {
		// Upstream of cn-x: cn-a, jp-f, de-e (1), cn-b (2, through b -> a of 2019-2021),
		// cn-c (3); the cycle back to cn-x is cut.
		this.graphQl.document("""
				{ supplyPaths(firmId: "cn-x", direction: UPSTREAM, maxDepth: 6) { items { firm { id } depth
				  hops { supplier { id } link { counterpart { id } since until } } } } }
				""")
			.execute()
			.path("supplyPaths.items[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-a", "de-e", "jp-f", "cn-b", "cn-c")
			.path("supplyPaths.items[4].depth")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("supplyPaths.items[4].hops[*].supplier.id")
			.entityList(String.class)
			.containsExactly("cn-a", "cn-b", "cn-c");
		// The search stops at the tier that fills the page: with first 3 it reads
		// tier 2 to learn that more follow, and tier 3 never.
		this.graphQl
			.document(
					"""
							{ three: supplyPaths(firmId: "cn-x", direction: UPSTREAM, maxDepth: 6, first: 3) { items { firm { id } } truncated }
							  four: supplyPaths(firmId: "cn-x", direction: UPSTREAM, maxDepth: 6, first: 4) { items { firm { id } } truncated }
							  all: supplyPaths(firmId: "cn-x", direction: UPSTREAM, maxDepth: 6, first: 5) { truncated } }
							""")
			.execute()
			.path("three.items[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-a", "de-e", "jp-f")
			.path("three.truncated")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("four.items[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-a", "de-e", "jp-f", "cn-b")
			.path("four.truncated")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("all.truncated")
			.entity(Boolean.class)
			.isEqualTo(false);
		this.graphQl.document(
				"{ supplyPaths(firmId: \"cn-x\", direction: UPSTREAM, maxDepth: 6, asOf: \"2024-01-01\") { items { firm { id } } } }")
			.execute()
			.path("supplyPaths.items[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-a", "de-e", "jp-f");
		this.graphQl.document(
				"{ supplyPaths(firmId: \"cn-x\", direction: UPSTREAM, tier: LITTLE_GIANT) { items { firm { id } } } }")
			.execute()
			.path("supplyPaths.items[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-a", "cn-b");
		this.graphQl.document(
				"{ supplyPaths(firmId: \"cn-x\", direction: UPSTREAM, tier: LITTLE_GIANT, activeOnly: true) { items { firm { id } } } }")
			.execute()
			.path("supplyPaths.items[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-a");
		this.graphQl.document(
				"{ supplyPaths(firmId: \"cn-c\", direction: DOWNSTREAM, maxDepth: 2) { items { firm { id } depth } } }")
			.execute()
			.path("supplyPaths.items[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-b", "cn-a");
		this.graphQl.document("{ supplyPaths(firmId: \"cn-x\", direction: UPSTREAM, maxDepth: 7) { truncated } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("maxDepth must be between 1 and 6"));
	}

	@Test
	void supplyPathsStartFromSeveralFirmsAndCanKeepOnlyCertifiedOnes() {
		// Depth 1 upstream of cn-x: jp-f, de-e, cn-a; of cn-y: jp-f. jp-f is one
		// row, from cn-x (both paths have one hop; the ids along them, cn-x < cn-y,
		// break the tie).
		this.graphQl.document("""
				{ supplyPaths(firmIds: ["cn-x", "cn-y"], direction: UPSTREAM, maxDepth: 1) {
				    items { firm { id } start { id } depth } } }
				""")
			.execute()
			.path("supplyPaths.items[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-a", "de-e", "jp-f")
			.path("supplyPaths.items[*].start.id")
			.entityList(String.class)
			.containsExactly("cn-x", "cn-x", "cn-x");
		// Any certified tier: of the three, only cn-a holds a certification.
		this.graphQl.document("""
				{ supplyPaths(firmId: "cn-y", firmIds: ["cn-x"], direction: UPSTREAM, maxDepth: 1, certified: true) {
				    items { firm { id } } } }
				""").execute().path("supplyPaths.items[*].firm.id").entityList(String.class).containsExactly("cn-a");
		this.graphQl.document("{ supplyPaths(firmIds: [\"cn-x\", \"cn-nobody\"], direction: UPSTREAM) { truncated } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")
					.containsEntry("argument", "firmIds")));
		this.graphQl.document("{ supplyPaths(direction: UPSTREAM) { truncated } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
	}

	@Test
	void singleSourceDependenciesNameTheSupplierAndAnyCertifiedAlternative() {
		// cn-x buys 848340 from three suppliers (not single) and 850131 only from jp-f;
		// cn-y buys 848340 only from jp-f, and certified cn-a makes it; cn-a buys 848310
		// only from cn-b; cn-b buys 848390 only from cn-c; x -> c carries no HS code and
		// is not counted.
		this.graphQl.document("""
				{ singleSourceDependencies { items { customer { id } hsCode { code } supplier { id }
				  hasCertifiedDomesticAlternative certifiedAlternatives { id } } } }
				""")
			.execute()
			.path("singleSourceDependencies.items[*].customer.id")
			.entityList(String.class)
			.containsExactly("cn-a", "cn-b", "cn-x", "cn-y")
			.path("singleSourceDependencies.items[*].hsCode.code")
			.entityList(String.class)
			.containsExactly("848310", "848390", "850131", "848340")
			.path("singleSourceDependencies.items[3].certifiedAlternatives[*].id")
			.entityList(String.class)
			.containsExactly("cn-a")
			.path("singleSourceDependencies.items[*].hasCertifiedDomesticAlternative")
			.entityList(Boolean.class)
			.containsExactly(false, false, false, true);
		// None listed, one counted: the alternative still says yes.
		this.graphQl.document("""
				{ singleSourceDependencies(customerId: "cn-y", makersPerCode: 0) { items {
				    certifiedAlternatives { id } certifiedAlternativeCount hasCertifiedDomesticAlternative } } }
				""")
			.execute()
			.path("singleSourceDependencies.items[0].certifiedAlternatives")
			.entityList(Object.class)
			.hasSize(0)
			.path("singleSourceDependencies.items[0].certifiedAlternativeCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("singleSourceDependencies.items[0].hasCertifiedDomesticAlternative")
			.entity(Boolean.class)
			.isEqualTo(true);
		// On 2024-01-01 the b -> a supply (until 2021) no longer counts.
		this.graphQl.document(
				"{ singleSourceDependencies(customerId: \"cn-a\", asOf: \"2024-01-01\") { items { hsCode { code } } } }")
			.execute()
			.path("singleSourceDependencies.items")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void capitalFlowsSumPerChannelAndCurrencyOnlyForCertifiedFirms() {
		// cn-a (highest tier CHAMPION): guidance fund CNY 5 m, de-e EUR 1 m, IPO CNY 300
		// m; cn-b (LITTLE_GIANT): state-bank loan CNY 2 m; cn-c holds no certification:
		// its CNY 7 m is left out.
		this.graphQl.document("""
				{ capitalFlows(groupBy: [CHANNEL, TIER]) { groups { channel tier currency amount flows firms }
				  listingShares { exchangeId year listings certifiedListings share } } }
				""")
			.execute()
			.path("capitalFlows.groups")
			.entityList(Map.class)
			.satisfies(groups -> assertThat(groups).containsExactly(
					Map.of("channel", "CORPORATE", "tier", "CHAMPION", "currency", "EUR", "amount", 1000000.0, "flows",
							1, "firms", 1),
					Map.of("channel", "GUIDANCE_FUND", "tier", "CHAMPION", "currency", "CNY", "amount", 5000000.0,
							"flows", 1, "firms", 1),
					Map.of("channel", "IPO", "tier", "CHAMPION", "currency", "CNY", "amount", 300000000.0, "flows", 1,
							"firms", 1),
					Map.of("channel", "STATE_BANK_LOAN", "tier", "LITTLE_GIANT", "currency", "CNY", "amount", 2000000.0,
							"flows", 1, "firms", 1)))
			.path("capitalFlows.listingShares[0]")
			.entity(Map.class)
			.isEqualTo(
					Map.of("exchangeId", "exch-1", "year", 2024, "listings", 2, "certifiedListings", 1, "share", 0.5));
		// Grouped by currency only: CNY 5 m + 300 m + 2 m, EUR 1 m, never added together.
		this.graphQl.document("{ capitalFlows(groupBy: []) { groups { channel currency amount } } }")
			.execute()
			.path("capitalFlows.groups[*].amount")
			.entityList(Double.class)
			.containsExactly(307000000.0, 1000000.0);
	}

	@Test
	void answersWarnWhenTheyRestOnUnverifiedOrLowAuthorityFacts() {
		// Upstream of cn-x at depth 1: jp-f and de-e (REPORTED) and cn-a through s-ax,
		// the one UNVERIFIED supply link. Capital flows sum cn-a's UNVERIFIED IPO and its
		// LOW_AUTHORITY guidance-fund round. The EU-exposure aggregate shows the two
		// UNVERIFIED MERICS figures. cn-x's single source (850131 from jp-f) rests on
		// nothing weak.
		this.graphQl.document("""
				{ supplyPaths(firmId: "cn-x", direction: UPSTREAM, maxDepth: 1) { warnings { code facts message } }
				  capitalFlows(groupBy: [CHANNEL]) { warnings { code facts } }
				  euExposure { warnings { code facts } }
				  singleSourceDependencies(customerId: "cn-x") { warnings { code } } }
				""")
			.execute()
			.path("supplyPaths.warnings[*].code")
			.entityList(String.class)
			.containsExactly("UNVERIFIED_FACTS")
			.path("supplyPaths.warnings[0].facts")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("supplyPaths.warnings[0].message")
			.entity(String.class)
			.satisfies(message -> assertThat(message).startsWith("1 of the facts behind this answer is UNVERIFIED"))
			.path("capitalFlows.warnings")
			.entityList(Map.class)
			.containsExactly(Map.of("code", "UNVERIFIED_FACTS", "facts", 1),
					Map.of("code", "LOW_AUTHORITY_FACTS", "facts", 1))
			.path("euExposure.warnings")
			.entityList(Map.class)
			.containsExactly(Map.of("code", "UNVERIFIED_FACTS", "facts", 2))
			.path("singleSourceDependencies.warnings")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void everyAnswerSaysHowMuchTheGraphKnowsAboutWhatItAsks() {
		// Certified firms: cn-a, cn-b, cn-d, each with an HS-coded product. The seven HS
		// classifications of products are all INFERRED. Batch 6 of the Little Giants was
		// published with 3,012 firms; the graph holds one (cn-a). Foreign purchases:
		// s-fx, s-fx2, s-fy, s-ex, all with codes; de-e sells one coded line in China;
		// three flows.
		this.graphQl.document("""
				{ supplyChainGaps { coverage { counts { name count } published { tier batch published loaded share }
				    excluded { kind } caveats { code message } } } }
				""")
			.execute()
			.path("supplyChainGaps.coverage.counts")
			.entityList(Map.class)
			.containsExactly(Map.of("name", "foreignPurchases", "count", 4),
					Map.of("name", "foreignPurchasesWithHsCodes", "count", 4),
					Map.of("name", "productLinesSoldInChina", "count", 1), Map.of("name", "tradeFlows", "count", 3),
					Map.of("name", "certifiedFirms", "count", 3),
					Map.of("name", "certifiedFirmsWithProducts", "count", 3),
					Map.of("name", "certifiedFirmsWithHsCodes", "count", 3))
			.path("supplyChainGaps.coverage.published")
			.entityList(Map.class)
			.containsExactly(
					Map.of("tier", "LITTLE_GIANT", "batch", 6, "published", 3012, "loaded", 1, "share", 1.0 / 3012))
			.path("supplyChainGaps.coverage.excluded")
			.entityList(Object.class)
			.hasSize(0)
			.path("supplyChainGaps.coverage.caveats[*].code")
			.entityList(String.class)
			.containsExactly("ABSENCE_IS_NOT_EVIDENCE", "INFERRED_BASIS", "PARTIAL_LIST")
			.path("supplyChainGaps.coverage.caveats[1].message")
			.entity(String.class)
			.satisfies(message -> assertThat(message).startsWith("7 of the 7 HS classifications of products"))
			.path("supplyChainGaps.coverage.caveats[2].message")
			.entity(String.class)
			.satisfies(message -> assertThat(message).startsWith(
					"The graph holds 1 of the 3,012 national firms published in the batches of Little Giant (<1%)"));
		// The other eight answers carry one too: the pyramid counts certifications
		// (cn-a's champion title has no end of validity); the audit counts figures (cn-a
		// and cn-b reported all four of the Little Giants cn-a, cn-b, cn-d).
		this.graphQl
			.document(
					"""
							{ cultivationFunnel { coverage { counts { name count } caveats { code message } } }
							  recertificationDue(from: "2000-01-01", to: "2099-12-31") { coverage { counts { name count } } }
							  criteriaAudit { coverage { counts { name count } caveats { code } } }
							  importSubstitutes(hsCode: "848340") { coverage { caveats { code } } }
							  singleSourceDependencies(customerId: "cn-x") { coverage { counts { name count } caveats { code } } }
							  supplyPaths(firmId: "cn-x", direction: UPSTREAM) { coverage { counts { name count } caveats { code } } } }
							""")
			.execute()
			.path("cultivationFunnel.coverage.counts[*].count")
			.entityList(Integer.class)
			.containsExactly(3, 4, 1)
			.path("cultivationFunnel.coverage.caveats[0].message")
			.entity(String.class)
			.isEqualTo(
					"1 of 4 certifications in scope (25%) carry no end of validity and count as of unknown validity.")
			.path("recertificationDue.coverage.counts[*].count")
			.entityList(Integer.class)
			.containsExactly(3, 4, 1)
			.path("criteriaAudit.coverage.counts[*].count")
			.entityList(Integer.class)
			.containsExactly(3, 2, 2, 2, 2, 2)
			.path("criteriaAudit.coverage.caveats[*].code")
			.entityList(String.class)
			.containsExactly("PARTIAL_LIST")
			.path("importSubstitutes.coverage.caveats[*].code")
			.entityList(String.class)
			.containsExactly("ABSENCE_IS_NOT_EVIDENCE", "INFERRED_BASIS", "PARTIAL_LIST")
			// Into cn-x: s-fx, s-fx2, s-ex, s-ax with codes.
			.path("singleSourceDependencies.coverage.counts[*].count")
			.entityList(Integer.class)
			.containsExactly(4, 4)
			.path("singleSourceDependencies.coverage.caveats[*].code")
			.entityList(String.class)
			.containsExactly("ABSENCE_IS_NOT_EVIDENCE", "INFERRED_BASIS", "PARTIAL_LIST")
			// cn-x has suppliers; of the three certified firms, all are in a supply
			// relation.
			.path("supplyPaths.coverage.counts[*].count")
			.entityList(Integer.class)
			.containsExactly(1, 1, 3, 2)
			.path("supplyPaths.coverage.caveats[*].code")
			.entityList(String.class)
			.containsExactly("PARTIAL_LIST");
	}

	@Test
	void everyCountAndSumCanBeDrilledDownToItsFacts() {
		// On 2024-12-31 cn-a's Little Giant title is active and cn-b's expired; cn-a's
		// champion title has no dates (UNKNOWN).
		this.graphQl.document("""
				{ cultivationFunnel(asOf: "2024-12-31") { tiers { tier { id } activeFirms
				    firms { totalCount edges { node { id } } }
				    expired: firms(status: EXPIRED) { edges { node { id } } }
				    unknown: firms(status: UNKNOWN) { edges { node { id } } }
				    batch6: firms(batch: 6) { totalCount } batch2: firms(batch: 2) { totalCount } } } }
				""")
			.execute()
			.path("cultivationFunnel.tiers[2].firms.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("cultivationFunnel.tiers[2].firms.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("cn-a")
			.path("cultivationFunnel.tiers[2].expired.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("cn-b")
			.path("cultivationFunnel.tiers[2].batch6.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("cultivationFunnel.tiers[2].batch2.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("cultivationFunnel.tiers[3].unknown.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("cn-a");
		// Grouped by currency only, CNY sums b-b (2 m), i-fa (5 m) and l-a (300 m): two
		// on the first page, by id, and the third after its cursor.
		String first = this.graphQl.document("""
				{ capitalFlows(groupBy: []) { groups { currency amount
				    facts(first: 2) { totalCount pageInfo { hasNextPage endCursor }
				      edges { node { firm { id } channel relationship { id amount counterpart { id } } } } } } } }
				""")
			.execute()
			.path("capitalFlows.groups[0].currency")
			.entity(String.class)
			.isEqualTo("CNY")
			.path("capitalFlows.groups[0].facts.totalCount")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("capitalFlows.groups[0].facts.edges[*].node.relationship.id")
			.entityList(String.class)
			.containsExactly("b-b", "i-fa")
			.path("capitalFlows.groups[0].facts.edges[1].node")
			.entity(Map.class)
			.isEqualTo(Map.of("firm", Map.of("id", "cn-a"), "channel", "GUIDANCE_FUND", "relationship",
					Map.of("id", "i-fa", "amount", 5000000.0, "counterpart", Map.of("id", "fund-1"))))
			.path("capitalFlows.groups[0].facts.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("capitalFlows.groups[0].facts.pageInfo.endCursor")
			.entity(String.class)
			.get();
		this.graphQl
			.document("{ capitalFlows(groupBy: []) { groups { facts(first: 2, after: \"" + first
					+ "\") { pageInfo { hasNextPage } edges { node { relationship { id } } } } } } }")
			.execute()
			.path("capitalFlows.groups[0].facts.edges[*].node.relationship.id")
			.entityList(String.class)
			.containsExactly("l-a")
			.path("capitalFlows.groups[0].facts.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
		// A group keyed by channel and tier holds just its own flows.
		this.graphQl
			.document(
					"""
							{ capitalFlows(groupBy: [CHANNEL, TIER]) { groups { channel tier facts { edges { node { relationship { id } } } } } } }
							""")
			.execute()
			.path("capitalFlows.groups[*].facts.edges[*].node.relationship.id")
			.entityList(String.class)
			.containsExactly("i-ea", "i-fa", "l-a", "b-b");
		// The facts of every group, grouped every way, are the flows it counted: the
		// facts' total is the group's count.
		List<Map<String, Object>> groups = this.graphQl.document("""
				{ capitalFlows(groupBy: [CHANNEL, TIER, YEAR, PROVINCE, EXCHANGE]) {
				    groups { flows facts(first: 500) { totalCount edges { node { relationship { id } } } } } } }
				""")
			.execute()
			.path("capitalFlows.groups")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(groups).hasSize(4).allSatisfy(group -> {
			Map<?, ?> facts = (Map<?, ?>) group.get("facts");
			assertThat((List<?>) facts.get("edges")).hasSize((Integer) group.get("flows"));
			assertThat(facts.get("totalCount")).isEqualTo(group.get("flows"));
		});
	}

	@Test
	void anOrganizationsRelationshipsComeAPageAtATimeNewestFirstWithTheirTotal() {
		// cn-x's suppliers: s-ax (since 2022), then the undated ones by id: s-ex, s-fx,
		// s-fx2 (jp-f supplies it twice).
		String page = """
				query($kind: RelationshipKind!, $after: String) { firm(id: "cn-x") {
				  relationships(kind: $kind, first: 2, after: $after) {
				    totalCount edges { node { id counterpart { id } } } pageInfo { hasNextPage endCursor } } } }
				""";
		String cursor = this.graphQl.document(page)
			.variable("kind", "SUPPLIERS")
			.execute()
			.path("firm.relationships.totalCount")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("firm.relationships.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("s-ax", "s-ex")
			.path("firm.relationships.edges[*].node.counterpart.id")
			.entityList(String.class)
			.containsExactly("cn-a", "de-e")
			.path("firm.relationships.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("firm.relationships.pageInfo.endCursor")
			.entity(String.class)
			.get();
		this.graphQl.document(page)
			.variable("kind", "SUPPLIERS")
			.variable("after", cursor)
			.execute()
			.path("firm.relationships.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("s-fx", "s-fx2")
			.path("firm.relationships.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
		// its one customer; a suppliers' cursor is refused there
		this.graphQl.document(page)
			.variable("kind", "CUSTOMERS")
			.execute()
			.path("firm.relationships.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("s-xc");
		this.graphQl.document(page)
			.variable("kind", "CUSTOMERS")
			.variable("after", cursor)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
	}

	@Test
	void aDateIsAnIsoCalendarDate() {
		this.graphQl.document("{ cultivationFunnel(asOf: \"31.12.2024\") { asOf } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(
						error -> assertThat(error.getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED")));
		this.graphQl.document("query($day: Date) { cultivationFunnel(asOf: $day) { asOf } }")
			.variable("day", "2024-02-30")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
		this.graphQl.document("query($day: Date) { cultivationFunnel(asOf: $day) { asOf } }")
			.variable("day", "2024-02-29")
			.execute()
			.path("cultivationFunnel.asOf")
			.entity(String.class)
			.isEqualTo("2024-02-29");
	}

	@Test
	void anIdIsAStringOrAnIntegerAndBadFaithIntrospectionIsALimit() {
		this.graphQl.document("query($id: ID!) { firm(id: $id) { id } }")
			.variable("id", Map.of("a", 1))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("An ID is a string or an integer");
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			}));
		this.graphQl.document("query($id: ID!) { firm(id: $id) { id } }")
			.variable("id", 1.5)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).hasSize(1));
		this.graphQl.document("query($id: ID!) { firm(id: $id) { id } }")
			.variable("id", "cn-a")
			.execute()
			.path("firm.id")
			.entity(String.class)
			.isEqualTo("cn-a");
		this.graphQl.document("{ firm(id: 42) { id } }").execute().path("firm").valueIsNull();
		this.graphQl.document(
				"{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX")));
	}

	@Test
	void noDataIsToldApartFromZero() {
		// cn-d has no suppliers: an empty answer that must not read as "no suppliers".
		this.graphQl.document("""
				{ supplyPaths(firmId: "cn-d", direction: UPSTREAM) { items { firm { id } }
				    coverage { counts { name count } caveats { code message } } } }
				""")
			.execute()
			.path("supplyPaths.items")
			.entityList(Object.class)
			.hasSize(0)
			.path("supplyPaths.coverage.caveats[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("code", "NO_DATA", "message",
					"cn-d (cn-d) has no recorded suppliers: no path starts there because the graph knows none, not "
							+ "because it has none."));
		// Without the LOW_AUTHORITY guidance-fund round, no fund money into a certified
		// firm is left: the fund channels are unknown, not zero, and the answer says so.
		this.graphQl
			.document(
					"""
							{ capitalFlows(excludeConfidence: [LOW_AUTHORITY]) { groups { channel }
							    coverage { counts { name count } excluded { kind confidence reason facts } caveats { code message } } } }
							""")
			.execute()
			.path("capitalFlows.groups[*].channel")
			.entityList(String.class)
			.containsExactly("CORPORATE", "IPO", "STATE_BANK_LOAN")
			.path("capitalFlows.coverage.counts[*].count")
			.entityList(Integer.class)
			.containsExactly(1, 1, 0, 0, 1, 1, 1, 1)
			.path("capitalFlows.coverage.excluded")
			.entityList(Map.class)
			.containsExactly(Map.of("kind", "INVESTS_IN", "confidence", "LOW_AUTHORITY", "reason",
					"EXCLUDED_CONFIDENCE", "facts", 1))
			.path("capitalFlows.coverage.caveats[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("code", "NO_DATA", "message",
					"No fund investments of certified firms are loaded: the GUIDANCE_FUND and VC_PE channels are "
							+ "unknown, not zero."));
	}

	@Test
	void excludeConfidenceLeavesFactsOutAndTheAnswerSaysWhichAndWhy() {
		// Without s-ax (UNVERIFIED), cn-a no longer supplies cn-x.
		this.graphQl.document("""
				{ supplyPaths(firmId: "cn-x", direction: UPSTREAM, maxDepth: 1, excludeConfidence: [UNVERIFIED]) {
				    items { firm { id } } warnings { code } coverage { excluded { kind confidence facts } } } }
				""")
			.execute()
			.path("supplyPaths.items[*].firm.id")
			.entityList(String.class)
			.containsExactly("de-e", "jp-f")
			.path("supplyPaths.warnings")
			.entityList(Object.class)
			.hasSize(0)
			.path("supplyPaths.coverage.excluded")
			.entityList(Map.class)
			.containsExactly(Map.of("kind", "SUPPLIES", "confidence", "UNVERIFIED", "facts", 1));
		// Without the INFERRED HS classifications no product matches: de-e keeps only its
		// documented certified rival cn-a (score 1). Its rivalry with uncertified cn-c is
		// left out either way, and said to be; with no HS classification left, no
		// certified firm has a coded product, and the answer says that too (THIN_DATA).
		this.graphQl
			.document(
					"""
							{ plain: euExposure { exporters { exporter { id } score } coverage { excluded { kind reason facts } caveats { code } } }
							  strict: euExposure(excludeConfidence: [INFERRED]) { exporters { exporter { id } score certifiedMakers }
							    coverage { excluded { kind reason facts } caveats { code } } }
							  strictConfidence: euExposure(excludeConfidence: [INFERRED]) { coverage { excluded { confidence } } } }
							""")
			.execute()
			.path("plain.coverage.excluded")
			.entityList(Map.class)
			.containsExactly(Map.of("kind", "COMPETES_WITH", "reason", "UNCERTIFIED_RIVAL", "facts", 1))
			.path("plain.coverage.caveats[*].code")
			.entityList(String.class)
			.containsExactly("EXCLUDED_FACTS", "ABSENCE_IS_NOT_EVIDENCE", "INFERRED_BASIS", "PARTIAL_LIST")
			.path("strict.exporters")
			.entityList(Map.class)
			.containsExactly(Map.of("exporter", Map.of("id", "de-e"), "score", 1.0, "certifiedMakers", 0))
			.path("strict.coverage.excluded")
			.entityList(Map.class)
			.containsExactly(Map.of("kind", "COMPETES_WITH", "reason", "UNCERTIFIED_RIVAL", "facts", 1),
					Map.of("kind", "HS_CLASSIFICATION", "reason", "EXCLUDED_CONFIDENCE", "facts", 7))
			.path("strictConfidence.coverage.excluded[1].confidence")
			.entity(String.class)
			.isEqualTo("INFERRED")
			.path("strict.coverage.caveats[*].code")
			.entityList(String.class)
			.containsExactly("EXCLUDED_FACTS", "THIN_DATA", "ABSENCE_IS_NOT_EVIDENCE", "PARTIAL_LIST",
					"EXCLUDED_FACTS");
	}

	@Test
	void aRequestBeyondTheLimitsIsRejectedBeforeItRunsNamingTheLimit() {
		// Depth 17 through objects only (cheap): parent of parent of ... of an HS code.
		String deep = "{ hsCode(code: \"848340\") { " + "parent { ".repeat(15) + "code" + " }".repeat(16) + " }";
		assertRejected(deep, "maxDepth", 17);
		// 101 aliases of a cheap field.
		StringBuilder aliases = new StringBuilder("{");
		for (int i = 0; i < 101; i++) {
			aliases.append(" a").append(i).append(": hsCode(code: \"84\") { code }");
		}
		assertRejected(aliases.append(" }").toString(), "maxAliases", 101);
		// Suppliers of suppliers, four levels down from a page of 500 firms: within
		// the depth limit, but 1 + 500 x (1 + 1 + 20 x (1 + ... )) is far above the
		// cost limit.
		String network = "{ firms(first: 500) { edges { node { id "
				+ "suppliers { counterpart { ... on Firm { ".repeat(4) + "id" + " } } }".repeat(4) + " } } } }";
		assertRejected(network, "maxCost", null);
		// Search text longer than any name: a clear argument error, not an internal one.
		this.graphQl.document("{ search(text: \"" + "齿轮".repeat(101) + "\") { score } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("argument", "text")));
		// Under every limit: answered.
		this.graphQl.document("{ hsCode(code: \"848340\") { parent { parent { code } } } }")
			.execute()
			.path("hsCode.parent.parent.code")
			.entity(String.class)
			.isEqualTo("84");
	}

	@Test
	void aFirmActiveInTwoBatchesOfATierCountsOnceForTheTierAndOnceInEachBatch() {
		// Written and read in one transaction, rolled back: the fixture stays as it is.
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		List<Map<String, Object>> littleGiants = template.execute(status -> {
			status.setRollbackOnly();
			// cn-c, uncertified in the fixture, gets three active Little Giant titles:
			// batch 4, and twice batch 5 (one UNVERIFIED); and an expired one of batch 3.
			this.client.query("""
					MATCH (c:Firm {id: 'cn-c'}), (lg:Tier {id: 'LITTLE_GIANT'})
					UNWIND [{id: 'c4', batch: 4, until: date('2026-12-31'), confidence: 'SYNTHETIC'},
					        {id: 'c5', batch: 5, until: date('2027-12-31'), confidence: 'SYNTHETIC'},
					        {id: 'c5b', batch: 5, until: date('2027-12-31'), confidence: 'UNVERIFIED'},
					        {id: 'c3', batch: 3, until: date('2021-12-31'), confidence: 'SYNTHETIC'}] AS t
					CREATE (c)-[:HOLDS]->(:Certification {id: t.id, tier: 'LITTLE_GIANT', level: 'NATIONAL',
					        batch: t.batch, awarded: date('2019-01-01'), validUntil: t.until, stage: 'DESIGNATED',
					        confidence: t.confidence, sourceIds: ['src-fixture']})-[:OF_TIER]->(lg)
					""").run();
			return this.queries
				.run("cultivation-funnel",
						Analysis.parameters("asOf", LocalDate.of(2024, 12, 31), "level", null, "provinceCode", null,
								"sector", null, "exclude", List.of()))
				.stream()
				.filter(row -> "LITTLE_GIANT".equals(Graph.map(row.get("tier")).get("id")))
				.toList();
		});
		// cn-a (batch 6) and cn-c (batches 4 and 5): two active firms, not four; cn-b and
		// cn-c expired in batches 2 and 3; cn-d's publicity entry has not started.
		assertThat(littleGiants).singleElement().satisfies(row -> {
			assertThat(row).containsEntry("activeFirms", 2L)
				.containsEntry("expiredFirms", 2L)
				.containsEntry("proposedFirms", 0L)
				.containsEntry("unverifiedFacts", 1L);
			assertThat(row.get("byBatch")).isEqualTo(List.of(Map.of("batch", 4L, "firms", 1L),
					Map.of("batch", 5L, "firms", 1L), Map.of("batch", 6L, "firms", 1L)));
		});
	}

	@Test
	void aFirmWhoseOnlyCertificationHasAnExcludedConfidenceIsNotCertified() {
		// The certified-firm questions count a firm's certifications without reading
		// them when nothing is excluded; with an exclusion they must read each one.
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		Map<List<String>, List<Object>> substitutes = template.execute(status -> {
			status.setRollbackOnly();
			// cn-c, uncertified in the fixture, gets one UNVERIFIED title; every
			// product and classification a confidence, so that excluding UNVERIFIED
			// leaves them in.
			this.client
				.query("""
						MATCH (c:Firm {id: 'cn-c'}), (lg:Tier {id: 'LITTLE_GIANT'})
						CREATE (c)-[:HOLDS]->(:Certification {id: 'c-unverified', tier: 'LITTLE_GIANT', level: 'NATIONAL',
						        batch: 5, awarded: date('2020-01-01'), validUntil: date('2099-12-31'), stage: 'DESIGNATED',
						        confidence: 'UNVERIFIED', sourceIds: ['src-fixture']})-[:OF_TIER]->(lg)
						WITH 1 AS done
						MATCH (p:Product)-[k:CLASSIFIED_AS]->()
						SET p.confidence = coalesce(p.confidence, 'SYNTHETIC'), k.confidence = coalesce(k.confidence, 'SYNTHETIC')
						""")
				.run();
			return Map.of(List.of(), substitutes(List.of()), List.of("UNVERIFIED"), substitutes(List.of("UNVERIFIED")));
		});
		// 848340 itself (cn-a, cn-c) and its heading 8483 (cn-b's expired title
		// still counts).
		assertThat(substitutes.get(List.of())).containsExactlyInAnyOrder("cn-a", "cn-b", "cn-c");
		assertThat(substitutes.get(List.of("UNVERIFIED"))).containsExactlyInAnyOrder("cn-a", "cn-b");
	}

	private List<Object> substitutes(List<String> exclude) {
		return this.queries
			.run("import-substitutes",
					Analysis.parameters("hsCode", "848340", "foreignFirmId", null, "day", LocalDate.of(2026, 11, 28),
							"activeOnly", false, "exclude", exclude, "limit", 10))
			.stream()
			.map(row -> Graph.map(row.get("firm")).get("id"))
			.toList();
	}

	@Test
	void aFirmMetAgainElsewhereInTheRequestGetsItsListsAsAskedThere() {
		// cn-a's suppliers are read for their names only under firm(id:), and whole
		// in the list of firms beside it.
		this.graphQl.document("""
				{ firm(id: "cn-a") { suppliers { counterpart { name } } }
				  firms(first: 20) { edges { node { id suppliers { since counterpart { name countryCode } } } } } }""")
			.execute()
			.path("firm.suppliers[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("cn-b")
			.path("firms.edges[?(@.node.id == 'cn-a')].node.suppliers")
			.entityList(Object.class)
			.containsExactly(
					List.of(Map.of("since", "2019", "counterpart", Map.of("name", "cn-b", "countryCode", "CN"))));
	}

	@Test
	void aDocumentKeptFromAnEarlierRequestIsCheckedAgainEachTimeWithItsVariables() {
		// Suppliers of suppliers four levels down: 1 + first x (1 + 1 + 20 x (...)).
		String network = "query($n: Int!) { firms(first: $n) { edges { node { id "
				+ "suppliers { counterpart { ... on Firm { ".repeat(4) + "id" + " } } }".repeat(4) + " } } } }";
		long before = this.documents.size();
		this.graphQl.document(network).variable("n", 1).execute().path("firms.edges").entityList(Map.class).hasSize(1);
		assertThat(this.documents.size()).isEqualTo(before + 1);
		// The same text, kept: the cost is the request's, with its variables.
		this.graphQl.document(network)
			.variable("n", 500)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX")
					.containsEntry("limit", "maxCost")));
		assertThat(this.documents.size()).isEqualTo(before + 1);
		// A document that fails to validate is not kept, and fails the same way again.
		for (int i = 0; i < 2; i++) {
			this.graphQl.document("{ firm(id: \"cn-a\") { noSuchField } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getMessage()).contains("noSuchField")));
		}
		assertThat(this.documents.size()).isEqualTo(before + 1);
	}

	private void assertRejected(String document, String limit, Integer value) {
		this.graphQl.document(document)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX")
					.containsEntry("limit", limit);
				if (value != null) {
					assertThat(error.getExtensions()).containsEntry("value", value);
				}
				assertThat(error.getMessage()).contains("kb.graphql.limits.");
			}));
	}

	@Test
	void theDatabaseEndsARequestsQueryWhenTheRequestsTimeIsUp() {
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		try (RequestDeadline.Scope scope = RequestDeadline.start(Duration.ofSeconds(1))) {
			// Far more rows than a second can count: the database stops it.
			assertThatException().isThrownBy(() -> template.execute(status -> this.client
				.query("UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n")
				.fetch()
				.one())).satisfies(failure -> assertThat(DatabaseLimits.hit(failure)).isEqualTo("requestTimeout"));
		}
	}

	@Test
	void criteriaAuditReportsFailuresUnknownsAndOverrides() {
		// cn-a: revenue 200 m (2023) so R&D must reach 3%: 2.5% fails. cn-b: 150 m, 4%, 3
		// patents, 75% main business: meets. cn-d: no figures: unknown, never passing.
		this.graphQl.document("""
				{ criteriaAudit { below unknown meets firms { firm { id } verdict
				  checks { criterion status threshold figure { value period } criterionFact { id } } } } }
				""")
			.execute()
			.path("criteriaAudit.below")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("criteriaAudit.unknown")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("criteriaAudit.meets")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("criteriaAudit.firms[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-a", "cn-d", "cn-b")
			.path("criteriaAudit.firms[0].checks[0].status")
			.entity(String.class)
			.isEqualTo("FAIL")
			.path("criteriaAudit.firms[0].checks[0].figure.value")
			.entity(Double.class)
			.isEqualTo(2.5);
		this.graphQl
			.document(
					"""
							{ criteriaAudit(criteria: {minRdIntensityLarge: 2, revenueMin: 160000000}) { firms { firm { id } verdict } } }
							""")
			.execute()
			.path("criteriaAudit.firms[*].verdict")
			.entityList(String.class)
			.containsExactly("BELOW", "UNKNOWN", "MEETS")
			.path("criteriaAudit.firms[*].firm.id")
			.entityList(String.class)
			// cn-b's 150 m is now above the band; cn-a passes R&D at 2% and meets
			// everything.
			.containsExactly("cn-b", "cn-d", "cn-a");
		// A page of one: the counts still cover every firm.
		this.graphQl.document("{ criteriaAudit(first: 1) { below unknown meets truncated firms { firm { id } } } }")
			.execute()
			.path("criteriaAudit.firms[*].firm.id")
			.entityList(String.class)
			.containsExactly("cn-a")
			.path("criteriaAudit.meets")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("criteriaAudit.truncated")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

	/** Operators a statement's plan must hold, beyond an index seek at its start. */
	private static final Map<String, List<Predicate<String>>> REQUIRED_OPERATORS = Map.of("criteria-audit",
			List.of(op -> op.contains("IndexSeek") && op.contains(":Certification(tier"),
					// The page's step finds its firms by id, not among every title.
					op -> op.contains("IndexSeek") && op.contains(":Organization(id)")),
			"supply-paths-in-tier", List.of(op -> op.contains("IndexSeek") && op.contains(":Certification(tier")),
			"supply-paths-by-name",
			List.of(op -> op.contains("IndexSeekByRange") && op.contains(":Organization(name)")),
			// A day most titles end on is walked by firm name.
			"recertification-due", List.of(op -> op.contains("IndexSeekByRange") && op.contains(":Organization(name)")),
			// One customer's foreign suppliers, found from their side.
			"supply-chain-gaps", List.of(op -> op.startsWith("Expand(Into)") && op.contains(":SUPPLIES]->(customer)")));

	@Test
	void queriesNamingTheirStartBeginWithAnIndexSeek() {
		LocalDate today = LocalDate.now();
		Map<String, Map<String, Object>> starts = Map.ofEntries(
				Map.entry("supply-paths",
						Analysis.parameters("frontier", List.of("cn-x"), "direction", "UPSTREAM", "tier", null,
								"certified", false, "asOf", null, "day", today, "activeOnly", false)),
				Map.entry("supply-paths-starts", Analysis.parameters("ids", List.of("cn-x"), "direction", "UPSTREAM")),
				// Walks the names in order: without the index it would sort every firm.
				Map.entry("supply-paths-by-name",
						Analysis.parameters("frontier", List.of("cn-x"), "reached", List.of("cn-x"), "k", 10,
								"direction", "UPSTREAM", "asOf", null)),
				Map.entry("supply-paths-in-tier",
						Analysis.parameters("frontier", List.of("cn-x"), "reached", List.of("cn-x"), "k", 10,
								"direction", "UPSTREAM", "tier", "LITTLE_GIANT", "day", today, "activeOnly", false,
								"asOf", null)),
				Map.entry("recertification-due",
						Analysis.parameters("from", LocalDate.of(2026, 1, 1), "to", LocalDate.of(2026, 12, 31), "tier",
								null, "exclude", List.of(), "span", null, "limit", 10)),
				Map.entry("recertification-due-days",
						Analysis.parameters("from", LocalDate.of(2026, 1, 1), "to", LocalDate.of(2026, 12, 31), "tier",
								null, "exclude", List.of(), "limit", 10, "most", 10_000)),
				Map.entry("single-source-dependencies",
						Analysis.parameters("customerId", "cn-x", "hsLevel", 6, "asOf", null, "day", today,
								"activeOnly", false, "limit", 10)),
				Map.entry("supply-chain-gaps",
						Analysis.parameters("customerId", "cn-x", "sector", null, "hsLevel", 6, "asOf", null, "day",
								today, "activeOnly", false, "limit", 10)),
				Map.entry("import-substitutes",
						Analysis.parameters("hsCode", "848340", "foreignFirmId", null, "day", today, "activeOnly",
								false, "limit", 10)),
				Map.entry("eu-exposure",
						Analysis.parameters("country", "DE", "sector", null, "hsCode", null, "day", today, "activeOnly",
								false, "ids", null, "makersPerCode", 0)),
				Map.entry("listing-shares", Analysis.parameters("exchangeId", "exch-1")),
				// Its tier is the start: "$tier IS NULL OR" once
				// made the planner scan every certification.
				Map.entry("criteria-audit",
						Analysis.parameters("tier", "LITTLE_GIANT", "minRdIntensityLarge", null, "minRdIntensitySmall",
								null, "minInventionPatents", null, "minMainBusinessShare", null, "revenueMin", null,
								"revenueMax", null, "day", today, "activeOnly", false, "ids", null)));
		try (Driver driver = GraphDatabase.driver(this.neo4j.boltURI(), AuthTokens.none());
				var session = driver.session()) {
			starts.forEach((name, parameters) -> {
				Plan plan;
				try {
					plan = session.run("EXPLAIN " + this.queries.statement(name), parameters).consume().plan();
				}
				catch (RuntimeException ex) {
					throw new AssertionError("EXPLAIN of " + name + " failed", ex);
				}
				Set<String> operators = TestTools.operatorsWithDetails(plan);
				assertThat(operators).as(name + " plan " + operators)
					.anyMatch(op -> op.contains("IndexSeek") || op.contains("IndexContainsScan"));
				REQUIRED_OPERATORS.getOrDefault(name, List.of())
					.forEach(required -> assertThat(operators).as(name + " plan " + operators).anyMatch(required));
				if (Set
					.of("supply-paths", "supply-paths-starts", "supply-paths-by-name", "recertification-due",
							"recertification-due-days", "criteria-audit")
					.contains(name)) {
					assertThat(operators).as(name)
						.noneMatch(op -> op.startsWith("NodeByLabelScan") || op.startsWith("AllNodesScan"));
				}
			});
		}
	}

}
