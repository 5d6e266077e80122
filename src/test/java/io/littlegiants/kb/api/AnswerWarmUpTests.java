package io.littlegiants.kb.api;

import java.util.concurrent.atomic.AtomicReference;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import io.littlegiants.kb.common.AnswerCache;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up on the fixture graph of {@code AnalyticsTests} (the same context; its
 * schedule is off in tests, so the test runs it). Isolated: it counts the cache's hits,
 * which no other class may add to meanwhile.
 */
@GraphQlHttpTest
@TestDatabase(fixture = "fixtures/analytics.cypher")
@Isolated
class AnswerWarmUpTests {

	@Autowired
	AnswerWarmUp warmUp;

	@Autowired
	AnswerCache answers;

	@Autowired
	MeterRegistry metrics;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void afterTheWarmUpTheDefaultQuestionsAreAnsweredFromTheCache() {
		assertThat(this.warmUp.warmUp()).as("the state warmed for").isEqualTo(this.answers.state());
		double hits = gets("hit");
		double misses = gets("miss");
		this.graphQl.document("{ cultivationFunnel { asOf } euExposure { truncated } criteriaAudit { meets } }")
			.execute()
			.errors()
			.verify();
		// The funnel, the exposure and its aggregate, the audit.
		assertThat(gets("hit") - hits).isEqualTo(4.0);
		assertThat(gets("miss")).isEqualTo(misses);
		// Every tier's audit is warmed up; a page of another size is a new answer, cut
		// from the places kept for the tier.
		this.graphQl.document("{ criteriaAudit(tier: INNOVATIVE_SME, first: 7) { meets } }")
			.execute()
			.errors()
			.verify();
		assertThat(gets("hit") - hits).isEqualTo(5.0);
		assertThat(gets("miss") - misses).isEqualTo(1.0);
	}

	@Test
	void aWarmUpStoppedAsTheServerStopsAsksNothingMore() throws InterruptedException {
		double asked = gets("hit") + gets("miss");
		AtomicReference<Object> warmedFor = new AtomicReference<>("not run");
		Thread stopped = new Thread(() -> {
			Thread.currentThread().interrupt();
			warmedFor.set(this.warmUp.warmUp());
		});
		stopped.start();
		stopped.join();
		assertThat(warmedFor.get()).as("not warmed up").isNull();
		assertThat(gets("hit") + gets("miss")).as("questions asked").isEqualTo(asked);
	}

	private double gets(String result) {
		return this.metrics.get("cache.gets")
			.tag("cache", "analytic.answers")
			.tag("result", result)
			.functionCounter()
			.count();
	}

}
