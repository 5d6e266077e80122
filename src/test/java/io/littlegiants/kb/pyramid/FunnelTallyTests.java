package io.littlegiants.kb.pyramid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import io.littlegiants.kb.catalog.CatalogService;
import io.littlegiants.kb.catalog.Tier;
import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.NamedQueries;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cultivation funnel counted from the tally of its certifications
 * ({@code cultivation-funnel-tally.cypher}, {@code cultivation-funnel-from-tally.cypher})
 * against the funnel counted from the certifications ({@code cultivation-funnel.cypher},
 * whose answers {@code AnalyticsTests} works out by hand), on the fixture graph of
 * {@code AnalyticsTests} (the same context).
 */
@GraphQlHttpTest
@TestDatabase(fixture = "fixtures/analytics.cypher")
class FunnelTallyTests {

	/** Every start and end of validity below, the days either side, and days between. */
	private static final List<LocalDate> DAYS = days("1999-12-31", "2000-01-01", "2003-12-31", "2004-01-01",
			"2018-12-31", "2019-01-01", "2021-12-31", "2022-01-01", "2024-04-30", "2024-05-01", "2024-12-31",
			"2025-01-01", "2026-12-31", "2027-01-01", "2027-12-31", "2028-01-01", "2028-12-31", "2029-01-01",
			"2099-12-31", "2100-01-01");

	@Autowired
	NamedQueries queries;

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	CatalogService catalog;

	@Test
	void theFunnelCountedFromTheTallyIsTheFunnelCountedFromTheCertifications() {
		int compared = new ExtraTitles(this.client, this.transactions).around(() -> {
			int n = 0;
			for (String sector : Arrays.asList(null, "mic-02", "mic-02.2")) {
				List<Map<String, Object>> tally = this.queries.run("cultivation-funnel-tally",
						Analysis.parameters("sector", sector, "limit", 1000));
				for (LocalDate day : DAYS) {
					n += compare(tally, day, null, null, sector, List.of());
				}
			}
			// The other filters, alone and together, on days when each status is met.
			// (Few: each kind of parameter, a text or null, a list empty or not, is
			// planned anew, about a second each.)
			List<Map<String, Object>> tally = this.queries.run("cultivation-funnel-tally",
					Analysis.parameters("sector", null, "limit", 1000));
			for (LocalDate day : days("2022-01-01", "2024-12-31", "2027-12-31")) {
				n += compare(tally, day, "NATIONAL", null, null, List.of());
				n += compare(tally, day, "PROVINCIAL", null, null, List.of());
				n += compare(tally, day, null, "33", null, List.of());
				n += compare(tally, day, null, "31", null, List.of());
				n += compare(tally, day, null, null, null, List.of("UNVERIFIED"));
				n += compare(tally, day, null, null, null, List.of("SYNTHETIC"));
				n += compare(tally, day, "NATIONAL", "33", null, List.of("UNVERIFIED"));
				n += compare(tally, day, "PROVINCIAL", "31", null, List.of("LOW_AUTHORITY"));
			}
			return n;
		});
		assertThat(compared).isEqualTo(3 * DAYS.size() + 3 * 8);
	}

	@Test
	void theFirmsWalkedInIdOrderAreTheFirmsBehindTheCount() {
		int compared = new ExtraTitles(this.client, this.transactions).around(() -> {
			int n = 0;
			for (LocalDate day : days("2022-01-01", "2024-12-31", "2027-12-31")) {
				for (String sector : Arrays.asList(null, "mic-02")) {
					for (String province : Arrays.asList(null, "33")) {
						Map<String, Object> scope = Analysis.parameters("asOf", day, "level", null, "provinceCode",
								province, "sector", sector, "exclude", List.of());
						for (Map<String, Object> row : this.queries.run("cultivation-funnel", scope)) {
							CultivationFunnel.TierCount count = tierCount(row, scope);
							for (String state : List.of("ACTIVE", "PROPOSED", "EXPIRED", "UNKNOWN")) {
								for (Integer batch : Arrays.asList(null, 4, 5, 6)) {
									n += compareFirms(count, scope, state, batch);
								}
							}
						}
					}
				}
			}
			return n;
		});
		assertThat(compared).isEqualTo(3 * 2 * 2 * 4 * 4 * 4);
	}

	/**
	 * The firms of cultivation-funnel-firms-by-id.cypher, two a page, against those of
	 * cultivation-funnel-firms.cypher, and the funnel's count against its total.
	 */
	private int compareFirms(CultivationFunnel.TierCount count, Map<String, Object> scope, String status,
			Integer batch) {
		Map<String, Object> parameters = new HashMap<>(scope);
		parameters.putAll(Analysis.parameters("tier", count.tier().id(), "status", status, "batch", batch, "after",
				null, "limit", 1000));
		Map<String, Object> all = this.queries.run("cultivation-funnel-firms", parameters).get(0);
		List<Object> expected = ids(all.get("page"));
		List<Object> walked = new ArrayList<>();
		parameters.put("limit", 2);
		List<Object> page;
		do {
			page = ids(this.queries.run("cultivation-funnel-firms-by-id", parameters).get(0).get("page"));
			walked.addAll(page);
			parameters.put("after", page.isEmpty() ? null : page.get(page.size() - 1));
		}
		while (page.size() == 2);
		assertThat(walked).as("%s %s %s", parameters, status, batch).isEqualTo(expected);
		Integer counted = PyramidService.countBehind(count, status, batch);
		if (counted != null) {
			assertThat(counted).as("%s %s %s", parameters, status, batch).isEqualTo(expected.size());
		}
		return 1;
	}

	private static List<Object> ids(Object page) {
		return ((List<?>) page).stream().map(firm -> ((Map<?, ?>) firm).get("id")).map(Object.class::cast).toList();
	}

	private static CultivationFunnel.TierCount tierCount(Map<String, Object> row, Map<String, Object> scope) {
		List<CultivationFunnel.BatchCount> batches = Graph.maps(row.get("byBatch"))
			.stream()
			.map(b -> new CultivationFunnel.BatchCount(Graph.integer(b, "batch"), Graph.integer(b, "firms")))
			.toList();
		return new CultivationFunnel.TierCount(Tier.from(Graph.map(row.get("tier"))), null,
				Graph.integer(row, "activeFirms"), Graph.integer(row, "proposedFirms"),
				Graph.integer(row, "expiredFirms"), Graph.integer(row, "unknownValidityFirms"), batches, List.of(), 0,
				0, new CultivationFunnel.Scope((LocalDate) scope.get("asOf"), null, (String) scope.get("provinceCode"),
						(String) scope.get("sector"), List.of()));
	}

	@Test
	void aTallyTooLargeToKeepLeavesTheCountingToTheCertifications() {
		// Room for one row of the tally: the fixture's has several.
		NamedQueries small = Mockito.spy(this.queries);
		Mockito.doReturn(11L).when(small).maxKeptValues();
		PyramidService service = new PyramidService(small, this.catalog, new DueCertifications(small));
		Map<String, Object> parameters = Analysis.parameters("asOf", LocalDate.of(2024, 12, 31), "level", null,
				"provinceCode", null, "sector", null, "exclude", List.of());
		List<Map<String, Object>> direct = this.queries.run("cultivation-funnel", parameters);
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		for (int i = 0; i < 2; i++) {
			List<Map<String, Object>> rows = template.execute(status -> service.funnelRows(parameters, null));
			assertThat(rows).isEqualTo(direct);
		}
		// The tally ran once: the second request knew it too large.
		Mockito.verify(small, Mockito.times(1)).run(Mockito.eq("cultivation-funnel-tally"), Mockito.anyMap());
		Mockito.verify(small, Mockito.never()).run(Mockito.eq("cultivation-funnel-from-tally"), Mockito.anyMap());
		Mockito.verify(small, Mockito.times(2)).run(Mockito.eq("cultivation-funnel"), Mockito.anyMap());
	}

	@Test
	void theTallyStartsFromTheTierIndexOrFromTheSector(@Autowired Driver driver) {
		// Written as one pattern, the tiers' branch once scanned every firm and joined on
		// the tier (10.6 million db hits at 1.1 million firms, against 4.9 million).
		for (String sector : Arrays.asList(null, "mic-02")) {
			Plan plan;
			try (var session = driver.session()) {
				plan = session
					.run("EXPLAIN " + this.queries.statement("cultivation-funnel-tally"),
							Analysis.parameters("sector", sector, "limit", 10))
					.consume()
					.plan();
			}
			List<String> operators = operators(plan);
			assertThat(operators).as("%s", operators)
				.anyMatch(op -> op.startsWith("NodeIndexSeek") && op.contains(":Certification(tier)"))
				.anyMatch(op -> op.startsWith("NodeUniqueIndexSeek") && op.contains(":Sector(id)"))
				.noneMatch(op -> op.contains("Scan") && op.contains(":Firm"));
		}
	}

	@Test
	void theFirmsBehindALargeCountAreWalkedInTheOrderOfTheIdIndex(@Autowired Driver driver) {
		Plan plan;
		try (var session = driver.session()) {
			plan = session.run("EXPLAIN " + this.queries.statement("cultivation-funnel-firms-by-id"),
					Analysis.parameters("tier", "LITTLE_GIANT", "status", "ACTIVE", "batch", null, "asOf",
							LocalDate.of(2024, 12, 31), "level", null, "provinceCode", null, "sector", null, "exclude",
							List.of(), "after", "cn-a", "limit", 21))
				.consume()
				.plan();
		}
		// In the index's order, so that the page stops at its last firm: no sort.
		List<String> operators = operators(plan);
		assertThat(operators).as("%s", operators)
			.anyMatch(op -> op.startsWith("NodeUniqueIndexSeekByRange") && op.contains(":Organization(id)"))
			.noneMatch(op -> op.startsWith("Sort") || op.startsWith("Top") || op.contains("Scan"));
	}

	/** Each operator of the plan with its details, e.g. the index a seek uses. */
	private static List<String> operators(Plan plan) {
		List<String> operators = new ArrayList<>();
		operators
			.add(plan.operatorType() + " " + plan.arguments().getOrDefault("Details", Values.value("")).asString());
		plan.children().forEach(child -> operators.addAll(operators(child)));
		return operators;
	}

	private int compare(List<Map<String, Object>> tally, LocalDate day, String level, String province, String sector,
			List<String> exclude) {
		Map<String, Object> parameters = Analysis.parameters("asOf", day, "level", level, "provinceCode", province,
				"sector", sector, "exclude", exclude);
		Map<String, Object> fromTally = new HashMap<>(parameters);
		fromTally.put("tally", tally);
		assertThat(this.queries.run("cultivation-funnel-from-tally", fromTally)).as("%s", parameters)
			.isEqualTo(this.queries.run("cultivation-funnel", parameters));
		return 1;
	}

	private static List<LocalDate> days(String... days) {
		List<LocalDate> parsed = new ArrayList<>();
		for (String day : days) {
			parsed.add(LocalDate.parse(day));
		}
		return parsed;
	}

}
