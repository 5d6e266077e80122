package io.littlegiants.kb.firm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.littlegiants.kb.Harness;
import io.littlegiants.kb.common.TierId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages walked in the index's order ({@link FirmQueries#walk}) against the order worked
 * out here from the firms written: 40 firms under six names (so that names tie and the id
 * decides), in two provinces, some holding a Little Giant title (active, expired,
 * provincial, several), some none, beside a bank that is not a firm. Every page size from
 * 1 to 7, each order, paged through to the end: the firms met are the firms of the
 * filter, each once, in the list's order; the sorted page statement agrees.
 */
class FirmWalkTests {

	@RegisterExtension
	static final Harness harness = Harness.withSchema();

	static final LocalDate DAY = LocalDate.of(2026, 11, 29);

	static final List<String> NAMES = List.of("Alpha", "Beta", "beta", "Gamma", "Zeta", "Ω Omega");

	static FirmQueries queries;

	static Neo4jClient client;

	static final List<Firm> FIRMS = new ArrayList<>();

	record Firm(String id, String name, String province, boolean activeTitle, boolean expiredTitle) {
	}

	@BeforeAll
	static void graph() {
		client = Neo4jClient.create(harness.driver());
		queries = new FirmQueries(client);
		for (int i = 0; i < 40; i++) {
			// Ids not in name order, names repeating: cn-39 is Alpha, as is cn-33.
			FIRMS.add(new Firm("cn-%02d".formatted(39 - i), NAMES.get(i * 7 % NAMES.size()), (i % 3 == 0) ? "33" : "44",
					i % 4 != 3 && i % 5 != 0, i % 5 == 0 || i % 8 == 1));
		}
		try (var session = harness.driver().session()) {
			session.run("CREATE (:Organization:Bank {id: 'bank-1', name: 'Alpha Bank', kind: 'BANK'})").consume();
			session.run("CREATE (:Tier {id: 'LITTLE_GIANT'})").consume();
			for (Firm f : FIRMS) {
				session
					.run("""
							CREATE (f:Organization:Firm {id: $id, name: $name, kind: 'FIRM', provinceCode: $province})
							WITH f MATCH (t:Tier {id: 'LITTLE_GIANT'})
							FOREACH (_ IN CASE WHEN $active THEN [1] ELSE [] END |
							  CREATE (f)-[:HOLDS]->(:Certification {tier: 'LITTLE_GIANT', level: 'NATIONAL', stage: 'DESIGNATED',
							          validUntil: date('2099-12-31')})-[:OF_TIER]->(t))
							FOREACH (_ IN CASE WHEN $expired THEN [1, 2] ELSE [] END |
							  CREATE (f)-[:HOLDS]->(:Certification {tier: 'LITTLE_GIANT', level: 'PROVINCIAL', stage: 'DESIGNATED',
							          validUntil: date('2020-12-31')})-[:OF_TIER]->(t))
							""",
							Map.of("id", f.id(), "name", f.name(), "province", f.province(), "active", f.activeTitle(),
									"expired", f.expiredTitle()))
					.consume();
			}
		}
	}

	@Test
	void walkedPagesListTheFilteredFirmsOnceEachInTheListsOrder() {
		Map<String, FirmFilter> filters = Map.of("none", FirmFilter.NONE, "province", filter("33", null, null, null),
				"tier", filter(null, TierId.LITTLE_GIANT, null, null), "active Little Giants of 44",
				filter("44", TierId.LITTLE_GIANT, null, CertificationStatus.ACTIVE), "provincial titles",
				filter(null, TierId.LITTLE_GIANT, CertificationLevel.PROVINCIAL, null));
		Map<String, Predicate<Firm>> expected = Map.of("none", f -> true, "province", f -> f.province().equals("33"),
				"tier", f -> f.activeTitle() || f.expiredTitle(), "active Little Giants of 44",
				f -> f.province().equals("44") && f.activeTitle(), "provincial titles", Firm::expiredTitle);
		for (FirmOrder order : FirmOrder.values()) {
			filters.forEach((name, filter) -> {
				List<String> wanted = FIRMS.stream()
					.filter(expected.get(name))
					.sorted(order(order))
					.map(Firm::id)
					.toList();
				assertThat(wanted).as(name).isNotEmpty();
				for (int size : List.of(1, 2, 3, 7)) {
					for (long round : List.of(1L, 3L, FirmWalk.FIRST_ROUND)) {
						assertThat(pages(new FirmWalk(client, round), filter, order, size))
							.as(name + ", " + order + ", pages of " + size + ", first round " + round)
							.containsExactlyElementsOf(wanted);
					}
					assertThat(pages(null, filter, order, size)).as(name + ", " + order + ", sorted, pages of " + size)
						.containsExactlyElementsOf(wanted);
				}
			});
		}
	}

	/**
	 * A walk gives up, for the sort, once it has walked its most firms without filling
	 * the page, and not before.
	 */
	@Test
	void aWalkGivesUpAfterItsMostFirmsWithoutAFullPage() {
		// By id: cn-00 ... cn-39; the firms holding a provincial title: cn-04, cn-06, ...
		// A page of one is full with two matches (the second says that more follow): the
		// seventh firm walked.
		FirmWalk walk = new FirmWalk(client, 1);
		FirmFilter provincial = filter(null, TierId.LITTLE_GIANT, CertificationLevel.PROVINCIAL, null);
		assertThat(FIRMS.stream().filter(Firm::expiredTitle).map(Firm::id).sorted().limit(2)).containsExactly("cn-04",
				"cn-06");
		assertThat(walk.page(provincial, FirmOrder.ID_ASC, 1, null, DAY, 6)).isNull();
		FirmPage page = walk.page(provincial, FirmOrder.ID_ASC, 1, null, DAY, 7);
		assertThat(page.firms()).extracting(Organization::id).containsExactly("cn-04");
		assertThat(page.hasNextPage()).isTrue();
		// Rounds of 1 and 3 firms, cut to the most: the four a page of three needs.
		assertThat(walk.page(FirmFilter.NONE, FirmOrder.ID_ASC, 3, null, DAY, 3)).isNull();
		assertThat(walk.page(FirmFilter.NONE, FirmOrder.ID_ASC, 3, null, DAY, 4).firms()).extracting(Organization::id)
			.containsExactly("cn-00", "cn-01", "cn-02");
	}

	/**
	 * Every page in turn, each after the last firm of the one before: walked, or by the
	 * page's statement when {@code walk} is null.
	 */
	private static List<String> pages(FirmWalk walk, FirmFilter filter, FirmOrder order, int size) {
		List<String> ids = new ArrayList<>();
		FirmPosition after = null;
		for (int page = 0; page < 50; page++) {
			FirmPage firms = (walk != null) ? walk.page(filter, order, size, after, DAY, Long.MAX_VALUE)
					: queries.page(filter, order, size, after, DAY);
			firms.firms().forEach(f -> ids.add(f.id()));
			if (!firms.hasNextPage()) {
				return ids;
			}
			Organization last = firms.firms().get(firms.firms().size() - 1);
			after = new FirmPosition(order, (order == FirmOrder.ID_ASC) ? last.id() : last.name(), last.id());
		}
		throw new AssertionError("more than 50 pages");
	}

	/** The list's order: names by code point as Cypher compares them, then ids. */
	private static Comparator<Firm> order(FirmOrder order) {
		Comparator<Firm> byName = Comparator.comparing(Firm::name, FirmWalkTests::byCodePoint).thenComparing(Firm::id);
		return switch (order) {
			case NAME_ASC -> byName;
			case NAME_DESC -> byName.reversed();
			case ID_ASC -> Comparator.comparing(Firm::id);
		};
	}

	private static int byCodePoint(String a, String b) {
		return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
	}

	private static FirmFilter filter(String province, TierId tier, CertificationLevel level,
			CertificationStatus status) {
		return new FirmFilter(null, null, province, tier, level, status, null, null, null, null, null, null, null,
				null);
	}

}
