package io.littlegiants.kb.firm;

import java.time.LocalDate;

import io.littlegiants.kb.Harness;
import io.littlegiants.kb.common.AnswerCache;
import io.littlegiants.kb.common.Today;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * A name filter, which is not counted, walks the firms in the list's order only when a
 * look at its matches, counted up to {@link FirmService#MANY_FIRMS}, finds that many: a
 * name most firms bear, not a rare one. 10,000 firms bear "Common", three "Rare", and the
 * pages found either way are the sorted pages.
 */
class FirmNameWalkTests {

	@RegisterExtension
	static final Harness harness = Harness.withSchema();

	static final LocalDate DAY = LocalDate.of(2026, 11, 29);

	static FirmQueries queries;

	static FirmWalk walk;

	static FirmService service;

	@BeforeAll
	static void graph() {
		Neo4jClient client = Neo4jClient.create(harness.driver());
		queries = new FirmQueries(client);
		walk = Mockito.spy(new FirmWalk(client));
		Today today = Mockito.mock(Today.class);
		Mockito.when(today.date()).thenReturn(DAY);
		AnswerCache answers = Mockito.mock(AnswerCache.class);
		service = new FirmService(queries, today, answers, new KeptFirmOrders(queries, answers), walk);
		try (var session = harness.driver().session()) {
			session.run("""
					UNWIND range(1, 10000) AS i
					CREATE (:Organization:Firm {id: 'cn-c' + i, name: 'Common firm ' + (10000 + i * 7919 % 10000),
					        nameText: 'common firm ' + (10000 + i * 7919 % 10000), kind: 'FIRM'})
					""").consume();
			session.run("""
					UNWIND range(1, 3) AS i
					CREATE (:Organization:Firm {id: 'cn-r' + i, name: 'Rare firm ' + i, nameText: 'rare firm ' + i,
					        kind: 'FIRM'})
					""").consume();
		}
	}

	@Test
	void aNameManyFirmsBearIsWalkedAndARareOneSorted() {
		FirmFilter common = name("COMMON");
		FirmPage page = service.firms(common, FirmOrder.NAME_ASC, 10, null, false);
		assertThat(page.firms()).isEqualTo(queries.page(common, FirmOrder.NAME_ASC, 10, null, DAY).firms());
		assertThat(page.firms()).extracting(Organization::name).first().isEqualTo("Common firm 10000");
		assertThat(page.hasNextPage()).isTrue();
		// As far as a page of 10 spread over 10,003 firms at 10,000 matches would take.
		verify(walk).page(eq(common), eq(FirmOrder.NAME_ASC), eq(10), any(), eq(DAY), eq(11L * 10003 / 10000));

		FirmFilter rare = name("rare");
		FirmPage rarePage = service.firms(rare, FirmOrder.NAME_DESC, 2, null, false);
		assertThat(rarePage.firms()).extracting(Organization::id).containsExactly("cn-r3", "cn-r2");
		assertThat(rarePage.hasNextPage()).isTrue();
		verify(walk, never()).page(eq(rare), any(), Mockito.anyInt(), any(), any(), anyLong());
	}

	private static FirmFilter name(String name) {
		return new FirmFilter(name, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

}
