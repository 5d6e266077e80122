package io.littlegiants.kb.firm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import io.littlegiants.kb.Harness;
import io.littlegiants.kb.common.TierId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages walked in the index's order ({@link FirmWalk}) against the order worked out here
 * from the firms written: 40 firms under six names (so that names tie and the id
 * decides), in two provinces, some holding a Little Giant title (active, expired,
 * provincial, several), some none, in a sector or its direction, making one or two
 * products of an HS heading, developing a technology, listed on one of two boards, beside
 * a bank that is not a firm; filtered by name too. Pages of 1 and 7 firms, each order,
 * paged through to the end, walked in rounds of 1 (then 4, 16, ...) or 1,000 firms: the
 * firms met are the firms of the filter, each once, in the list's order; the sorted page
 * statement ({@link FirmQueries#page}) agrees.
 */
class FirmWalkTests {

	@RegisterExtension
	static final Harness harness = Harness.withSchema();

	static final LocalDate DAY = LocalDate.of(2026, 11, 29);

	static final List<String> NAMES = List.of("Alpha", "Beta", "beta", "Gamma", "Zeta", "Ω Omega");

	static FirmQueries queries;

	static Neo4jClient client;

	static final List<Firm> FIRMS = new ArrayList<>();

	/**
	 * A firm written: @param i its place, which decides its relationships (see
	 * {@link #graph()}).
	 */
	record Firm(int i, String id, String name, String province, boolean activeTitle, boolean expiredTitle) {

		/** In sector sec-a, or its direction sec-a.1. */
		boolean inSectorA() {
			return this.i % 4 == 0 || this.i % 6 == 0;
		}

		/** Makes a product of HS 848340 (two, every tenth firm), in heading 8483. */
		boolean makes8483() {
			return this.i % 5 == 1;
		}

		boolean developsTech1() {
			return this.i % 7 == 2;
		}

		/** Listed on exch-1: on its MAIN board, or its STAR board. */
		String board() {
			return (this.i % 9 == 3) ? "MAIN" : (this.i % 9 == 4) ? "STAR" : null;
		}

	}

	@BeforeAll
	static void graph() {
		client = Neo4jClient.create(harness.driver());
		queries = new FirmQueries(client);
		for (int i = 0; i < 40; i++) {
			// Ids not in name order, names repeating: cn-39 is Alpha, as is cn-33.
			FIRMS.add(new Firm(i, "cn-%02d".formatted(39 - i), NAMES.get(i * 7 % NAMES.size()),
					(i % 3 == 0) ? "33" : "44", i % 4 != 3 && i % 5 != 0, i % 5 == 0 || i % 8 == 1));
		}
		try (var session = harness.driver().session()) {
			session.run("CREATE (:Organization:Bank {id: 'bank-1', name: 'Alpha Bank', kind: 'BANK'})").consume();
			session.run("CREATE (:Tier {id: 'LITTLE_GIANT'})").consume();
			session
				.run("""
						CREATE (a:Sector {id: 'sec-a'}), (:Sector {id: 'sec-a.1'})-[:PART_OF]->(a),
						       (:HsCode {code: '848340', level: 6})-[:PART_OF]->(:HsCode {code: '8483', level: 4}),
						       (:Technology {id: 'tech-1'}), (:Organization:Exchange {id: 'exch-1', name: 'Exchange', kind: 'EXCHANGE'})
						""")
				.consume();
			for (Firm f : FIRMS) {
				session
					.run("""
							CREATE (f:Organization:Firm {id: $id, name: $name, nameText: toLower($name), kind: 'FIRM', provinceCode: $province})
							WITH f MATCH (t:Tier {id: 'LITTLE_GIANT'})
							FOREACH (_ IN CASE WHEN $active THEN [1] ELSE [] END |
							  CREATE (f)-[:HOLDS]->(:Certification {tier: 'LITTLE_GIANT', level: 'NATIONAL', stage: 'DESIGNATED',
							          validUntil: date('2099-12-31')})-[:OF_TIER]->(t))
							FOREACH (_ IN CASE WHEN $expired THEN [1, 2] ELSE [] END |
							  CREATE (f)-[:HOLDS]->(:Certification {tier: 'LITTLE_GIANT', level: 'PROVINCIAL', stage: 'DESIGNATED',
							          validUntil: date('2020-12-31')})-[:OF_TIER]->(t))
							WITH f
							MATCH (a:Sector {id: 'sec-a'}), (a1:Sector {id: 'sec-a.1'}), (h:HsCode {code: '848340'}),
							      (tech:Technology {id: 'tech-1'}), (x:Exchange {id: 'exch-1'})
							FOREACH (_ IN CASE WHEN $i % 4 = 0 THEN [1] ELSE [] END | CREATE (f)-[:IN_SECTOR]->(a1))
							FOREACH (_ IN CASE WHEN $i % 6 = 0 THEN [1] ELSE [] END | CREATE (f)-[:IN_SECTOR]->(a))
							FOREACH (_ IN CASE WHEN $makes THEN range(1, CASE WHEN $i % 10 = 1 THEN 2 ELSE 1 END) ELSE [] END |
							  CREATE (f)-[:MAKES]->(:Product)-[:CLASSIFIED_AS]->(h))
							FOREACH (_ IN CASE WHEN $develops THEN [1] ELSE [] END | CREATE (f)-[:DEVELOPS]->(tech))
							FOREACH (board IN CASE WHEN $board = '' THEN [] ELSE [$board] END |
							  CREATE (f)-[:LISTED_ON {board: board}]->(x))
							""",
							Map.ofEntries(Map.entry("id", f.id()), Map.entry("name", f.name()),
									Map.entry("province", f.province()), Map.entry("active", f.activeTitle()),
									Map.entry("expired", f.expiredTitle()), Map.entry("i", f.i()),
									Map.entry("makes", f.makes8483()), Map.entry("develops", f.developsTech1()),
									Map.entry("board", (Object) Objects.requireNonNullElse(f.board(), ""))))
					.consume();
			}
		}
	}

	@Test
	void walkedPagesListTheFilteredFirmsOnceEachInTheListsOrder() {
		Map<String, FirmFilter> filters = Map.ofEntries(Map.entry("none", FirmFilter.NONE),
				Map.entry("province", filter("33", null, null, null)),
				Map.entry("tier", filter(null, TierId.LITTLE_GIANT, null, null)),
				Map.entry("active Little Giants of 44",
						filter("44", TierId.LITTLE_GIANT, null, CertificationStatus.ACTIVE)),
				Map.entry("provincial titles", filter(null, TierId.LITTLE_GIANT, CertificationLevel.PROVINCIAL, null)),
				Map.entry("sector", related(null, "sec-a", null, null, null, null)),
				Map.entry("HS heading", related(null, null, "8483", null, null, null)),
				Map.entry("technology", related(null, null, null, "tech-1", null, null)),
				Map.entry("exchange", related(null, null, null, null, "exch-1", null)),
				Map.entry("board", related(null, null, null, null, null, "STAR")),
				Map.entry("Little Giants of the sector making the heading",
						related(TierId.LITTLE_GIANT, "sec-a", "8483", null, null, null)),
				Map.entry("an expired title of any tier", filter(null, null, null, CertificationStatus.EXPIRED)),
				Map.entry("a provincial title of any tier in 33",
						filter("33", null, CertificationLevel.PROVINCIAL, null)),
				Map.entry("name", named("ETA", null)),
				Map.entry("a name of Little Giants", named("eta", TierId.LITTLE_GIANT)));
		Map<String, Predicate<Firm>> expected = Map.ofEntries(Map.entry("none", f -> true),
				Map.entry("province", f -> f.province().equals("33")),
				Map.entry("tier", f -> f.activeTitle() || f.expiredTitle()),
				Map.entry("active Little Giants of 44", f -> f.province().equals("44") && f.activeTitle()),
				Map.entry("provincial titles", Firm::expiredTitle), Map.entry("sector", Firm::inSectorA),
				Map.entry("HS heading", Firm::makes8483), Map.entry("technology", Firm::developsTech1),
				Map.entry("exchange", f -> f.board() != null), Map.entry("board", f -> "STAR".equals(f.board())),
				Map.entry("Little Giants of the sector making the heading",
						f -> (f.activeTitle() || f.expiredTitle()) && f.inSectorA() && f.makes8483()),
				Map.entry("an expired title of any tier", Firm::expiredTitle),
				Map.entry("a provincial title of any tier in 33", f -> f.expiredTitle() && f.province().equals("33")),
				Map.entry("name", f -> f.name().toLowerCase(Locale.ROOT).contains("eta")),
				Map.entry("a name of Little Giants", f -> f.name().toLowerCase(Locale.ROOT).contains("eta")
						&& (f.activeTitle() || f.expiredTitle())));
		for (FirmOrder order : FirmOrder.values()) {
			filters.forEach((name, filter) -> {
				List<String> wanted = FIRMS.stream()
					.filter(expected.get(name))
					.sorted(order(order))
					.map(Firm::id)
					.toList();
				assertThat(wanted).as(name).isNotEmpty();
				for (int size : List.of(1, 7)) {
					for (long round : List.of(1L, FirmWalk.FIRST_ROUND)) {
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

	private static FirmFilter related(TierId tier, String sector, String hsCode, String technology, String exchange,
			String board) {
		return new FirmFilter(null, null, null, tier, null, null, null, sector, hsCode, technology, exchange, board,
				null, null);
	}

	private static FirmFilter named(String name, TierId tier) {
		return new FirmFilter(name, null, null, tier, null, null, null, null, null, null, null, null, null, null);
	}

	private static FirmFilter filter(String province, TierId tier, CertificationLevel level,
			CertificationStatus status) {
		return new FirmFilter(null, null, province, tier, level, status, null, null, null, null, null, null, null,
				null);
	}

}
