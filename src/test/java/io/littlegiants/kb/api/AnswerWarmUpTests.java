package io.littlegiants.kb.api;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import io.littlegiants.kb.common.AnswerCache;
import io.littlegiants.kb.common.Today;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
@ExtendWith(OutputCaptureExtension.class)
class AnswerWarmUpTests {

	@Autowired
	AnswerWarmUp warmUp;

	@Autowired
	AnswerCache answers;

	@Autowired
	MeterRegistry metrics;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Today today;

	@Test
	void afterTheWarmUpTheDefaultQuestionsAreAnsweredFromTheCache() {
		assertThat(this.warmUp.warmUp()).as("the state warmed for").isEqualTo(this.answers.state());
		double hits = gets("hit");
		double misses = gets("miss");
		// The exposure as the warm-up asks it: with its explanation.
		this.graphQl
			.document("{ cultivationFunnel { asOf } euExposure { exporters { documentedRivals { id } } } "
					+ "criteriaAudit { meets } }")
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
	void questionsAboutOneFirmOrCodeAreAskedWithArgumentsFromTheData(CapturedOutput output) {
		// From the fixture: by id, auth-miit and bank-1 buy and sell nothing, cn-a buys
		// from
		// cn-b and sells to cn-x; 848310 is made by one product (p-b), 848340 by four,
		// 850760 by two, 848390 and 850131 by none.
		LocalDate today = this.today.date();
		assertThat(this.warmUp.arguments()).containsEntry("customer", "cn-a")
			.containsEntry("supplier", "cn-a")
			.containsEntry("hsCode", "848310")
			.containsEntry("from", today.toString())
			.containsEntry("to", today.plusDays(30).toString());
		this.warmUp.warmUp();
		assertThat(output).doesNotContainPattern("Warm-up question \\w+ failed");
		double hits = gets("hit");
		double misses = gets("miss");
		this.graphQl.document("{ supplyChainGaps(customerId: \"cn-a\") { truncated } }").execute().errors().verify();
		assertThat(gets("hit") - hits).as("one customer's gaps, kept by the warm-up").isEqualTo(1.0);
		assertThat(gets("miss")).isEqualTo(misses);
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
