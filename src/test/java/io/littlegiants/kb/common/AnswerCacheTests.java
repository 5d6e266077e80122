package io.littlegiants.kb.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The answers kept per state of the data, on the fixture graph of {@code AnalyticsTests}
 * (the same context). Isolated: it changes a certification for a moment, which no other
 * class may see.
 */
@GraphQlHttpTest
@TestDatabase(fixture = "fixtures/analytics.cypher")
@Isolated
class AnswerCacheTests {

	private static final String FUNNEL = "{ cultivationFunnel(asOf: \"2024-12-31\") { tiers { activeFirms } } }";

	/** The firm list's count is kept too: cn-a's Little Giant title is active to 2099. */
	private static final String ACTIVE_LITTLE_GIANTS = """
			{ firms(filter: {tier: LITTLE_GIANT, certificationStatus: ACTIVE}, first: 0) { totalCount } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	NamedQueries queries;

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aQuestionAskedAgainOnTheSameDataIsAnsweredFromTheCache() {
		Map<String, Object> parameters = Analysis.parameters("asOf", LocalDate.of(2024, 12, 31), "level", null,
				"provinceCode", null, "sector", null, "exclude", List.of());
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		List<Map<String, Object>> first = transaction
			.execute(status -> this.queries.runCached("cultivation-funnel", parameters));
		List<Map<String, Object>> again = transaction
			.execute(status -> this.queries.runCached("cultivation-funnel", parameters));
		List<Map<String, Object>> computed = transaction
			.execute(status -> this.queries.run("cultivation-funnel", parameters));
		assertThat((Object) again).isSameAs(first);
		assertThat((Object) first).as("the rows the query gives").isEqualTo(computed);
	}

	@Test
	void aWriteByHandInCypherIsSeenByTheNextAnswer() {
		// On 2024-12-31 cn-a's Little Giant title is active and cn-b's expired in 2003.
		expect(FUNNEL, "cultivationFunnel.tiers[2].activeFirms", 1);
		expect(ACTIVE_LITTLE_GIANTS, "firms.totalCount", 1);
		try {
			this.client.query("MATCH (c:Certification {id: 'cert-b'}) SET c.validUntil = date('2030-12-31')").run();
			expect(FUNNEL, "cultivationFunnel.tiers[2].activeFirms", 2);
			expect(ACTIVE_LITTLE_GIANTS, "firms.totalCount", 2);
		}
		finally {
			this.client.query("MATCH (c:Certification {id: 'cert-b'}) SET c.validUntil = date('2003-12-31')").run();
		}
		expect(FUNNEL, "cultivationFunnel.tiers[2].activeFirms", 1);
		expect(ACTIVE_LITTLE_GIANTS, "firms.totalCount", 1);
	}

	private void expect(String document, String path, int value) {
		this.graphQl.document(document).execute().path(path).entity(Integer.class).isEqualTo(value);
	}

	@Test
	void keptOrdersLeaveTheAnswersBe(@Autowired Driver driver) {
		// A cache of 100 values: an answer of 3, then orders of 10 values each, 200 in
		// all.
		AnswerCache small = new AnswerCache(driver, new AnswerCache.Properties(100L),
				new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
		Set<Bookmark> state = small.state();
		List<Map<String, Object>> answer = List.of(Map.of("n", 1));
		assertThat(small.answer(state, "a question", Map.of(), () -> answer)).isSameAs(answer);
		for (int i = 0; i < 20; i++) {
			String id = "firm-" + i;
			small.order(state, "an order " + i, Map.of(), () -> List.of(Map.of("id", id, "key", id),
					Map.of("id", id + "b", "key", id + "b"), Map.of("id", id + "c", "key", id + "c")));
		}
		assertThat(small.answer(state, "a question", Map.of(), () -> List.of())).as("still kept").isSameAs(answer);
		// An order larger than a tenth of its cache is not kept: computed each time.
		List<Map<String, Object>> large = List.of(Map.of("id", "x", "key", "x"), Map.of("id", "y", "key", "y"),
				Map.of("id", "z", "key", "z"), Map.of("id", "w", "key", "w"));
		small.order(state, "a large order", Map.of(), () -> large);
		assertThat(small.order(state, "a large order", Map.of(), () -> List.of())).isEmpty();
		assertThat(small.keeps(10)).isTrue();
		assertThat(small.keeps(11)).isFalse();
	}

	@Test
	@Timeout(120)
	void aRequestAskingWhatAnotherIsComputingWaitsForItsAnswer(@Autowired Driver driver) throws Exception {
		List<Map<String, Object>> answer = List.of(Map.of("n", 1), Map.of("n", 2));
		AtomicInteger computed = new AtomicInteger();
		try (TwoRequests requests = new TwoRequests(driver)) {
			Future<List<Map<String, Object>>> first = requests.first(() -> {
				computed.incrementAndGet();
				return answer;
			});
			Future<List<Map<String, Object>>> again = requests.second(() -> {
				computed.incrementAndGet();
				return List.of();
			});
			requests.release();
			assertThat(first.get()).isSameAs(answer);
			assertThat(again.get()).as("the first request's answer").isSameAs(answer);
			assertThat(computed).hasValue(1);
			// Not kept (too large): asked again now, it is computed again.
			assertThat(requests.cache.answer(requests.state, "q", Map.of(), () -> {
				computed.incrementAndGet();
				return answer;
			})).isSameAs(answer);
			assertThat(computed).hasValue(2);
		}
	}

	@Test
	@Timeout(120)
	void aRequestWaitingForAComputationThatFailsComputesItself(@Autowired Driver driver) throws Exception {
		List<Map<String, Object>> own = List.of(Map.of("n", 3));
		try (TwoRequests requests = new TwoRequests(driver)) {
			Future<List<Map<String, Object>>> failing = requests.first(() -> {
				throw new IllegalStateException("the first request's deadline");
			});
			Future<List<Map<String, Object>>> waiting = requests.second(() -> own);
			requests.release();
			assertThatThrownBy(failing::get).hasRootCauseMessage("the first request's deadline");
			assertThat(waiting.get()).isSameAs(own);
		}
	}

	@Test
	void anAnswerWeighsTheValuesItHolds() {
		assertThat(AnswerCache.values(List.of(Map.of("a", 1, "b", List.of("x", "y")), Map.of()))).isEqualTo(7);
	}

	/**
	 * Two requests for one answer, on a cache of 10 values, which keeps nothing larger
	 * than 1: the first computes once released, the second asks meanwhile.
	 */
	private static final class TwoRequests implements AutoCloseable {

		final AnswerCache cache;

		final Set<Bookmark> state;

		private final CountDownLatch started = new CountDownLatch(1);

		private final CountDownLatch released = new CountDownLatch(1);

		private final ExecutorService threads = Executors.newFixedThreadPool(2);

		TwoRequests(Driver driver) {
			this.cache = new AnswerCache(driver, new AnswerCache.Properties(10L),
					new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
			this.state = this.cache.state();
		}

		/** The first request, computing when this returns. */
		Future<List<Map<String, Object>>> first(Supplier<List<Map<String, Object>>> compute)
				throws InterruptedException {
			Future<List<Map<String, Object>>> first = this.threads
				.submit(() -> this.cache.answer(this.state, "q", Map.of(), () -> {
					this.started.countDown();
					awaitQuietly(this.released);
					return compute.get();
				}));
			this.started.await();
			return first;
		}

		/**
		 * The second request, parked when this returns: waiting for the first's answer.
		 */
		Future<List<Map<String, Object>>> second(Supplier<List<Map<String, Object>>> compute)
				throws InterruptedException {
			AtomicReference<Thread> thread = new AtomicReference<>();
			Future<List<Map<String, Object>>> second = this.threads.submit(() -> {
				thread.set(Thread.currentThread());
				return this.cache.answer(this.state, "q", Map.of(), compute);
			});
			while (thread.get() == null || thread.get().getState() != Thread.State.WAITING) {
				Thread.sleep(5);
			}
			return second;
		}

		void release() {
			this.released.countDown();
		}

		@Override
		public void close() {
			this.threads.shutdownNow();
		}

		private static void awaitQuietly(CountDownLatch latch) {
			try {
				latch.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
