package io.littlegiants.kb.firm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import io.littlegiants.kb.common.AnswerCache;
import io.littlegiants.kb.common.TierId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages of the firm list cut from the kept order of a filter's firms give what the page's
 * statement gives, on the fixture graph of {@code AnalyticsTests} (the same context;
 * every firm's name is its id). Isolated: it renames a firm for a moment, which no other
 * class may see.
 */
@GraphQlHttpTest
@TestDatabase(fixture = "fixtures/analytics.cypher")
@Isolated
class KeptFirmOrdersTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 27);

	static final FirmFilter LITTLE_GIANTS = new FirmFilter(null, null, null, TierId.LITTLE_GIANT, null, null, null,
			null, null, null, null, null, null, null);

	static final FirmFilter CHINA = new FirmFilter(null, "CN", null, null, null, null, null, null, null, null, null,
			null, null, null);

	@Autowired
	KeptFirmOrders kept;

	@Autowired
	FirmQueries queries;

	@Autowired
	FirmService firms;

	@Autowired
	Neo4jClient client;

	@Autowired
	AnswerCache answers;

	@Test
	void everyPageIsThePageTheStatementGives() {
		for (FirmFilter filter : List.of(FirmFilter.NONE, LITTLE_GIANTS, CHINA)) {
			for (FirmOrder order : FirmOrder.values()) {
				for (int size : List.of(1, 2, 100)) {
					List<List<String>> fromKept = pages(filter, order, size, true);
					assertThat(fromKept).as("%s %s %d", filter, order, size)
						.isEqualTo(pages(filter, order, size, false))
						.isNotEmpty();
				}
			}
		}
		// The Little Giants by name: cn-a, cn-b, cn-d (cn-d's title only proposed).
		assertThat(pages(LITTLE_GIANTS, FirmOrder.NAME_ASC, 2, true)).containsExactly(List.of("cn-a", "cn-b"),
				List.of("cn-d"));
		assertThat(this.kept.keeps(3)).isTrue();
	}

	@Test
	void aRenamedFirmIsSortedAnewAndACursorOnItsOldNameResumesThroughTheStatement() {
		FirmPage first = this.firms.firms(LITTLE_GIANTS, FirmOrder.NAME_ASC, 1, null, true);
		assertThat(first.firms()).extracting(Organization::id).containsExactly("cn-a");
		assertThat(first.totalCount()).isEqualTo(3);
		FirmPosition afterA = new FirmPosition(FirmOrder.NAME_ASC, "cn-a", "cn-a");
		try {
			this.client.query("MATCH (f:Firm {id: 'cn-d'}) SET f.name = 'a-first'").run();
			assertThat(this.firms.firms(LITTLE_GIANTS, FirmOrder.NAME_ASC, 1, null, false).firms())
				.extracting(Organization::id)
				.containsExactly("cn-d");
			this.client.query("MATCH (f:Firm {id: 'cn-a'}) SET f.name = 'z-last'").run();
			// The cursor names cn-a under its old name: not where it was in the kept
			// order, so the statement resumes after the old name, as before.
			assertThat(this.kept.page(LITTLE_GIANTS, FirmOrder.NAME_ASC, 5, afterA, DAY, this.answers.state()))
				.isNull();
			assertThat(this.firms.firms(LITTLE_GIANTS, FirmOrder.NAME_ASC, 5, afterA, false).firms())
				.extracting(Organization::id)
				.containsExactly("cn-b", "cn-a");
		}
		finally {
			this.client.query("MATCH (f:Firm) WHERE f.id IN ['cn-a', 'cn-d'] SET f.name = f.id").run();
		}
	}

	/** Every page of a filter's firms, through the kept order or the page's statement. */
	private List<List<String>> pages(FirmFilter filter, FirmOrder order, int size, boolean fromKept) {
		List<List<String>> pages = new ArrayList<>();
		FirmPosition after = null;
		boolean more = true;
		while (more) {
			FirmPage page = fromKept ? this.kept.page(filter, order, size, after, DAY, this.answers.state())
					: this.queries.page(filter, order, size, after, DAY);
			List<String> ids = page.firms().stream().map(Organization::id).toList();
			pages.add(ids);
			more = page.hasNextPage();
			Organization last = page.firms().get(page.firms().size() - 1);
			after = new FirmPosition(order, (order == FirmOrder.ID_ASC) ? last.id() : last.name(), last.id());
		}
		return pages;
	}

}
