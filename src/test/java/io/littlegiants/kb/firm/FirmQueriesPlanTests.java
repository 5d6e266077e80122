package io.littlegiants.kb.firm;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.littlegiants.kb.Harness;
import io.littlegiants.kb.TestTools;
import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.TierId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each property filter of the firm list, and a tier above the base, starts from an index
 * (a seek, or a text index's CONTAINS for the name), not a scan of every firm, in the
 * page, in the order kept for pages and in the count: the plan is read with EXPLAIN on an
 * empty graph holding the app's schema.
 */
class FirmQueriesPlanTests {

	@RegisterExtension
	static final Harness harness = Harness.withSchema();

	static FirmQueries queries;

	@BeforeAll
	static void schema() {
		queries = new FirmQueries(Neo4jClient.create(harness.driver()));
		try (var session = harness.driver().session()) {
			session.run("CREATE (:Region {code: '33', level: 'PROVINCE', name: '浙江省', nameEn: 'Zhejiang'})").consume();
		}
	}

	@Test
	void everyPropertyFilterSeeksAnIndex() {
		Map<String, FirmFilter> filters = new LinkedHashMap<>();
		filters.put("country", filter(null, "DE", null, null, null));
		filters.put("province", filter(null, null, "33", null, null));
		filters.put("uscc", filter("91350100M000100Y43", null, null, null, null));
		filters.put("confidence", filter(null, null, null, Confidence.INFERRED, null));
		// From the tier's certifications: at 1.1 million firms 310 ms, not 2.9 s.
		filters.put("tier", filter(null, null, null, null, TierId.LITTLE_GIANT));
		filters.put("tier and province", filter(null, null, "33", null, TierId.CHAMPION));
		// A text index's CONTAINS: at 1.1 million firms the five names tested one by one
		// took 3.6-4.1 s.
		filters.put("name",
				new FirmFilter("Sensor", null, null, null, null, null, null, null, null, null, null, null, null, null));
		// A filter's relationships from their own end: at 1.1 million firms the makers of
		// HS heading 8483 took 34 s to count, tested firm by firm.
		filters.put("sector",
				new FirmFilter(null, null, null, null, null, null, null, "mic-02", null, null, null, null, null, null));
		filters.put("HS code",
				new FirmFilter(null, null, null, null, null, null, null, null, "8483", null, null, null, null, null));
		filters.put("technology",
				new FirmFilter(null, null, null, null, null, null, null, null, null, "tech-1", null, null, null, null));
		filters.put("exchange and board", new FirmFilter(null, null, null, null, null, null, null, null, null, null,
				"exch-bse", "BSE", null, null));
		// Certification criteria without a tier, from the certifications' own indexes.
		filters.put("batch",
				new FirmFilter(null, null, null, null, null, null, 5, null, null, null, null, null, null, null));
		filters.put("expired", new FirmFilter(null, null, null, null, null, CertificationStatus.EXPIRED, null, null,
				null, null, null, null, null, null));
		filters.put("level", new FirmFilter(null, null, null, null, CertificationLevel.NATIONAL, null, null, null, null,
				null, null, null, null, null));
		filters.put("proposed", new FirmFilter(null, null, null, null, null, CertificationStatus.PROPOSED, null, null,
				null, null, null, null, null, null));
		filters.put("active", new FirmFilter(null, null, null, null, null, CertificationStatus.ACTIVE, null, null, null,
				null, null, null, null, null));
		// From the titles marked so (UnknownValidity): at 1.1 million firms the missing
		// date was tested on every title, 3.0 s.
		filters.put("unknown", new FirmFilter(null, null, null, null, null, CertificationStatus.UNKNOWN, null, null,
				null, null, null, null, null, null));
		filters.put("tier and HS code", new FirmFilter(null, null, null, TierId.LITTLE_GIANT, null, null, null, null,
				"848340", null, null, null, null, null));
		filters.forEach((name, filter) -> {
			Map<String, Object> params = new HashMap<>(Map.of("limit", 101));
			// The page's statement, and the one listing the matches in order for the kept
			// order (KeptFirmOrders), the count's too.
			List<String> statements = List.of(queries.pageStatement(filter, FirmOrder.NAME_ASC, null, params),
					queries.orderStatement(filter, FirmOrder.NAME_ASC, LocalDate.of(2026, 11, 27), params),
					queries.countStatement(filter, LocalDate.of(2026, 11, 27), params));
			for (String cypher : statements) {
				Set<String> operators;
				try (var session = harness.driver().session()) {
					operators = TestTools.operators(session.run("EXPLAIN " + cypher, params).consume().plan());
				}
				assertThat(operators).as(name + ": " + operators)
					.anyMatch(op -> op.matches("Node(Unique)?IndexSeek.*") || op.startsWith("NodeIndexContainsScan"));
				assertThat(operators).as(name)
					.noneMatch(op -> op.startsWith("NodeByLabelScan") || op.startsWith("IntersectionNodeByLabelsScan"));
			}
		});
	}

	/**
	 * Walked pages (a filter many firms meet): every order, first page and after a firm,
	 * read the firms from the index of the order's key, in its order, and sort nothing
	 * but the ties of a name (a partial top), whatever the filter.
	 */
	@Test
	void aWalkedPageReadsTheFirmsInTheIndexOrderAndSortsNone() {
		Map<String, FirmFilter> filters = new LinkedHashMap<>();
		filters.put("none", FirmFilter.NONE);
		filters.put("province", filter(null, null, "33", null, null));
		filters.put("tier", filter(null, null, null, null, TierId.INNOVATIVE_SME));
		filters.put("tier, level and status",
				new FirmFilter(null, null, null, TierId.SPECIALIZED_SME, CertificationLevel.PROVINCIAL,
						CertificationStatus.ACTIVE, null, null, null, null, null, null, null, null));
		for (FirmOrder order : FirmOrder.values()) {
			String index = (order == FirmOrder.ID_ASC) ? ":Organization(id)" : ":Organization(name)";
			for (FirmPosition after : Arrays.asList(null, new FirmPosition(order, "M", "cn-m"))) {
				filters.forEach((name, filter) -> {
					Map<String, Object> params = new HashMap<>(Map.of("limit", 101, "day", LocalDate.of(2026, 11, 29)));
					params.put("budget", 1000);
					String cypher = FirmWalk.statement(filter, order, after, params);
					Set<String> operators;
					try (var session = harness.driver().session()) {
						operators = TestTools
							.operatorsWithDetails(session.run("EXPLAIN " + cypher, params).consume().plan());
					}
					String what = name + ", " + order + ", after " + after + ": " + operators;
					assertThat(operators).as(what)
						.anyMatch(op -> op.matches("Node(Unique)?Index.*") && op.contains(index))
						.noneMatch(op -> op.startsWith("Sort") || op.startsWith("Top")
								|| op.startsWith("NodeByLabelScan") || op.startsWith("Distinct"));
				});
			}
		}
	}

	/**
	 * National titles start from their index even where the statistics say that a level
	 * is half the titles: among firms holding many provincial titles and a few national
	 * ones, as in a pyramid, the planner scanned every firm.
	 */
	@Test
	void nationalTitlesStartFromTheirIndexWhateverTheStatisticsSay() {
		try (var session = harness.driver().session()) {
			session.run("""
					UNWIND range(1, 300) AS i
					CREATE (f:Organization:Firm {id: 'stat-' + i, name: 'Firm ' + i})
					WITH f, i
					UNWIND range(1, 4) AS k
					CREATE (f)-[:HOLDS]->(:Certification {id: 'stat-' + i + '-' + k, tier: 'INNOVATIVE_SME',
					  level: CASE WHEN i % 50 = 0 AND k = 1 THEN 'NATIONAL' ELSE 'PROVINCIAL' END})
					""").consume();
			session.run("CALL db.resampleOutdatedIndexes()").consume();
			session.run("CALL db.clearQueryCaches()").consume();
		}
		try {
			FirmFilter national = new FirmFilter(null, null, null, null, CertificationLevel.NATIONAL,
					CertificationStatus.ACTIVE, null, null, null, null, null, null, null, null);
			Map<String, Object> params = new HashMap<>(Map.of("limit", 101));
			for (String cypher : List.of(queries.pageStatement(national, FirmOrder.NAME_ASC, null, params),
					queries.countStatement(national, LocalDate.of(2026, 11, 29), params))) {
				Set<String> operators;
				try (var session = harness.driver().session()) {
					operators = TestTools
						.operatorsWithDetails(session.run("EXPLAIN " + cypher, params).consume().plan());
				}
				assertThat(operators).as(operators.toString())
					.anyMatch(op -> op.startsWith("NodeIndexSeek") && op.contains(":Certification(level)"))
					.noneMatch(op -> op.contains("LabelScan"));
			}
		}
		finally {
			try (var session = harness.driver().session()) {
				session.run("MATCH (n) WHERE n.id STARTS WITH 'stat-' DETACH DELETE n").consume();
			}
		}
	}

	private static FirmFilter filter(String uscc, String country, String province, Confidence confidence, TierId tier) {
		return new FirmFilter(null, country, province, tier, null, null, null, null, null, null, null, null, confidence,
				uscc);
	}

}
