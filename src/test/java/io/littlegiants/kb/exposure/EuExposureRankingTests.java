package io.littlegiants.kb.exposure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * euExposure ranks every exporter's counts, found once for the data as it is, by the
 * weights each request gives ({@link ExposureAnalysis}); on
 * {@code fixtures/exposure-ranking.cypher}, whose counts (certified makers, shared
 * customers, rivals) are: Alpha (2, 1, 0), Beta (1, 0, 2), Gamma (3, 0, 0), Delta (0, 0,
 * 1), Epsilon none.
 */
@GraphQlHttpTest
@TestDatabase(fixture = "fixtures/exposure-ranking.cypher")
class EuExposureRankingTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ExposureAnalysis exposure;

	@Test
	void theSameCountsRankByTheWeightsAsked() {
		// 1, 2, 1: Alpha 4, Beta 3 and Gamma 3 (tied: by name), Delta 1.
		assertThat(ranking("")).containsExactly("Alpha 4.0", "Beta 3.0", "Gamma 3.0", "Delta 1.0");
		// Rivals alone: Beta 2, Delta 1; the others score 0 and are left out.
		assertThat(ranking("weights: {makers: 0, sharedCustomers: 0, documentedRivals: 1}")).containsExactly("Beta 2.0",
				"Delta 1.0");
		// Rivals against: Gamma 3, Alpha 2; Beta -1 and Delta -1 are left out.
		assertThat(ranking("weights: {makers: 1, sharedCustomers: 0, documentedRivals: -1}"))
			.containsExactly("Gamma 3.0", "Alpha 2.0");
		// Shared customers weigh most: Alpha 12, Beta 3 and Gamma 3 by name, Delta 1.
		assertThat(ranking("weights: {makers: 1, sharedCustomers: 10, documentedRivals: 1}"))
			.containsExactly("Alpha 12.0", "Beta 3.0", "Gamma 3.0", "Delta 1.0");
		assertThat(ranking("country: \"FR\"")).containsExactly("Gamma 3.0", "Delta 1.0");
	}

	@Test
	void aPageIsTheRankingsFirstExportersWithTheirExplanation() {
		this.graphQl
			.document(
					"""
							{ euExposure(first: 2, makersPerCode: 1) { truncated exporters { exporter { id } score certifiedMakers
							    exposedProducts { hsCode { code } makerCount makers { id } }
							    sharedChineseCustomers { customer { id } maker { id } } documentedRivals { counterpart { id } } } } }
							""")
			.execute()
			.path("euExposure.truncated")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("euExposure.exporters[*].exporter.id")
			.entityList(String.class)
			.containsExactly("de-alpha", "de-beta")
			.path("euExposure.exporters[0].certifiedMakers")
			.entity(Integer.class)
			.isEqualTo(2)
			// 848340 has two certified makers (cn-u holds no title): the first is listed.
			.path("euExposure.exporters[0].exposedProducts")
			.entityList(Object.class)
			.containsExactly(Map.of("hsCode", Map.of("code", "848340"), "makerCount", 2, "makers",
					List.of(Map.of("id", "cn-m1"))))
			.path("euExposure.exporters[0].sharedChineseCustomers")
			.entityList(Object.class)
			.containsExactly(Map.of("customer", Map.of("id", "cn-x"), "maker", Map.of("id", "cn-m1")))
			// By name.
			.path("euExposure.exporters[1].documentedRivals[*].counterpart.id")
			.entityList(String.class)
			.containsExactly("cn-m1", "cn-m3");
		this.graphQl.document("{ euExposure(first: 4) { truncated exporters { score } } }")
			.execute()
			.path("euExposure.truncated")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void aRankingWithoutExplanationsHasTheSameExportersScoresAndCounts() {
		EuExposure.Weights weights = new EuExposure.Weights(1, 2, 1);
		LocalDate today = LocalDate.now();
		EuExposure explained = this.exposure.euExposure(null, null, null, weights, false, today, List.of(), 3, 20,
				true);
		EuExposure counted = this.exposure.euExposure(null, null, null, weights, false, today, List.of(), 3, 20, false);
		assertThat(counted.exporters())
			.extracting(e -> e.exporter().name(), EuExposure.Exporter::score, EuExposure.Exporter::certifiedMakers)
			.containsExactly(tuple("Alpha", 4.0, 2), tuple("Beta", 3.0, 1), tuple("Gamma", 3.0, 3))
			.isEqualTo(explained.exporters()
				.stream()
				.map(e -> tuple(e.exporter().name(), e.score(), e.certifiedMakers()))
				.toList());
		assertThat(counted.exporters().get(0).exporter()).isEqualTo(explained.exporters().get(0).exporter());
		assertThat(counted.exporters()).allSatisfy(e -> assertThat(e.exposedProducts()).isEmpty());
		assertThat(counted.truncated()).isEqualTo(explained.truncated()).isTrue();
	}

	@Test
	void anExplanationAskedUnderAnAliasInAFragmentIsFound() {
		this.graphQl.document("""
				{ euExposure(first: 2) { exporters { ...Explained } } }
				fragment Explained on ExposedExporter { rivals: documentedRivals { counterpart { id } } }
				""")
			.execute()
			.path("euExposure.exporters[1].rivals[*].counterpart.id")
			.entityList(String.class)
			.containsExactly("cn-m1", "cn-m3");
	}

	/** The exporters' names and scores, in the answer's order. */
	private List<String> ranking(String arguments) {
		String query = "{ euExposure" + (arguments.isEmpty() ? "" : "(" + arguments + ")")
				+ " { exporters { exporter { name } score } } }";
		return this.graphQl.document(query)
			.execute()
			.path("euExposure.exporters")
			.entityList(Map.class)
			.get()
			.stream()
			.map(exporter -> ((Map<?, ?>) exporter.get("exporter")).get("name") + " " + exporter.get("score"))
			.toList();
	}

}
