package io.littlegiants.kb.pyramid;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Graph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The criteria audit's two steps ({@link PyramidService#auditRows}): every firm's place
 * streamed and counted, the page kept, then the page's rows; on the fixture graph of
 * {@code AnalyticsTests} (the same context), whose audit of the Little Giants it works
 * out by hand: cn-a BELOW, cn-d UNKNOWN, cn-b MEETS. {@link ExtraTitles} adds five Little
 * Giant titles to cn-c, which reports no figures (UNKNOWN): it must count once, and only
 * on a day and with confidences that leave it a title.
 */
@GraphQlHttpTest
@TestDatabase(fixture = "fixtures/analytics.cypher")
class CriteriaAuditStepsTests {

	@Autowired
	PyramidService pyramid;

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aFirmHoldingSeveralTitlesIsAuditedOnceAndOnlyWhileOneCounts() {
		new ExtraTitles(this.client, this.transactions).around(() -> {
			// Every title: cn-c's five count once.
			assertAudit(audit(false, LocalDate.of(2026, 11, 29), List.of(), 10), 1, 2, 1, "cn-a", "cn-c", "cn-d",
					"cn-b");
			// Only the UNVERIFIED title c5b (valid to 2027-12-31) is left: cn-c alone.
			assertAudit(audit(true, LocalDate.of(2027, 6, 1), List.of("SYNTHETIC"), 10), 0, 1, 0, "cn-c");
			// Past 2027 every title of cn-c has expired, as has cn-b's (2003); cn-a's
			// runs to
			// 2099, cn-d's to 2028.
			assertAudit(audit(true, LocalDate.of(2028, 1, 1), List.of(), 10), 1, 1, 0, "cn-a", "cn-d");
			// Pages cut from the streamed places: the counts still cover every firm.
			assertAudit(audit(false, LocalDate.of(2026, 11, 29), List.of(), 1), 1, 2, 1, "cn-a");
			assertAudit(audit(false, LocalDate.of(2026, 11, 29), List.of(), 3), 1, 2, 1, "cn-a", "cn-c", "cn-d");
			assertAudit(audit(false, LocalDate.of(2026, 11, 29), List.of(), 0), 1, 2, 1);
			return null;
		});
	}

	private Map<String, Object> audit(boolean activeOnly, LocalDate day, List<String> exclude, int rows) {
		Map<String, Object> parameters = Analysis.parameters("tier", "LITTLE_GIANT", "minRdIntensityLarge", null,
				"minRdIntensitySmall", null, "minInventionPatents", null, "minMainBusinessShare", null, "revenueMin",
				null, "revenueMax", null, "day", day, "activeOnly", activeOnly, "exclude", exclude);
		List<Map<String, Object>> audit = this.pyramid.auditRows(parameters, rows);
		assertThat(audit).hasSize(1);
		return audit.get(0);
	}

	private static void assertAudit(Map<String, Object> audit, int below, int unknown, int meets, String... page) {
		assertThat(
				List.of(Graph.integer(audit, "below"), Graph.integer(audit, "unknown"), Graph.integer(audit, "meets")))
			.as("below, unknown, meets")
			.containsExactly(below, unknown, meets);
		assertThat(Graph.maps(audit.get("rows")).stream().map(row -> Graph.str(Graph.map(row.get("firm")), "id")))
			.containsExactly(page);
	}

}
