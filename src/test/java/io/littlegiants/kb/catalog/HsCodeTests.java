package io.littlegiants.kb.catalog;

import io.littlegiants.kb.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HsCodeTests {

	@Test
	void acceptsChaptersHeadingsAndSubheadingsWithOrWithoutDots() {
		assertThat(HsCode.normalise("code", "84")).isEqualTo("84");
		assertThat(HsCode.normalise("code", "8483")).isEqualTo("8483");
		assertThat(HsCode.normalise("code", "8483.40")).isEqualTo("848340");
		assertThat(HsCode.normalise("code", "0101 21")).isEqualTo("010121");
	}

	@Test
	void rejectsOtherShapesNamingTheArgument() {
		for (String bad : new String[] { "8", "848", "84834", "8483401", "84A3", "", null }) {
			assertThatThrownBy(() -> HsCode.normalise("filter.hsCode", bad)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("is not an HS code")
				.extracting(ex -> ((InvalidInputException) ex).argument())
				.isEqualTo("filter.hsCode");
		}
	}

}
