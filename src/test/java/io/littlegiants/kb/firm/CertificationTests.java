package io.littlegiants.kb.firm;

import java.time.LocalDate;
import java.util.List;

import io.littlegiants.kb.common.Confidence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificationTests {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

	@Test
	void publicityOnlyIsProposed() {
		assertThat(certification(CertificationStage.PUBLICITY, LocalDate.of(2030, 1, 1)).statusOn(DAY))
			.isEqualTo(CertificationStatus.PROPOSED);
	}

	@Test
	void activeThroughItsLastValidDayThenExpired() {
		Certification anda = certification(CertificationStage.DESIGNATED, LocalDate.of(2024, 8, 4));
		assertThat(anda.statusOn(LocalDate.of(2024, 8, 4))).isEqualTo(CertificationStatus.ACTIVE);
		assertThat(anda.statusOn(LocalDate.of(2024, 8, 5))).isEqualTo(CertificationStatus.EXPIRED);
	}

	@Test
	void withoutADateTheStatusIsUnknown() {
		assertThat(certification(CertificationStage.DESIGNATED, null).statusOn(DAY))
			.isEqualTo(CertificationStatus.UNKNOWN);
		assertThat(certification(CertificationStage.REVIEW_PUBLICITY, LocalDate.of(2026, 12, 31)).statusOn(DAY))
			.isEqualTo(CertificationStatus.ACTIVE);
	}

	static Certification certification(CertificationStage stage, LocalDate validUntil) {
		return new Certification("c", "f", null, CertificationLevel.NATIONAL, 2, 2020, null, "YEAR", validUntil, "YEAR",
				stage, null, null, "ENTERPRISE", null, "auth-miit", Confidence.REPORTED, List.of());
	}

}
