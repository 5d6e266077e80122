package io.littlegiants.kb.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HsCodeTests {

	@Test
	void acceptsChaptersHeadingsAndSubheadingsWithOrWithoutDots() {
		assertThat(HsCode.normalise("84")).isEqualTo("84");
		assertThat(HsCode.normalise("8483")).isEqualTo("8483");
		assertThat(HsCode.normalise("8483.40")).isEqualTo("848340");
		assertThat(HsCode.normalise("0101 21")).isEqualTo("010121");
	}

	@Test
	void rejectsOtherShapesSayingWhatAnHsCodeIs() {
		for (String bad : new String[] { "8", "848", "84834", "8483401", "84A3", "", null }) {
			assertThatThrownBy(() -> HsCode.normalise(bad)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("is not an HS code")
				.hasMessageContaining("e.g. 8483 or 848340");
		}
	}

}
