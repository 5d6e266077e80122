package io.littlegiants.kb.firm;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnifiedSocialCreditCodeTests {

	@Test
	void acceptsCodesWithTheRightCheckCharacter() {
		// Huawei Technologies Co., Ltd. and the GB 32100 sample code.
		assertThat(new UnifiedSocialCreditCode("914403001922038216").value()).isEqualTo("914403001922038216");
		assertThat(UnifiedSocialCreditCode.parse(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
		assertThat(UnifiedSocialCreditCode.checkCharacter("91110000100006485")).isEqualTo('K');
	}

	@Test
	void rejectsAWrongCheckCharacterNamingTheExpectedOne() {
		assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("914403001922038217"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("its check character is '7', GB 32100-2015 gives '6'");
	}

	@Test
	void rejectsWrongLengthAndCharactersOutsideTheAlphabet() {
		assertThatThrownBy(() -> new UnifiedSocialCreditCode("91440300192203821"))
			.hasMessageContaining("18 characters");
		// I, O, Z, S and V are not in the code alphabet.
		assertThatThrownBy(() -> new UnifiedSocialCreditCode("9144030019220382I6"))
			.hasMessageContaining("character 17 ('I')");
		assertThatThrownBy(() -> new UnifiedSocialCreditCode(null)).isInstanceOf(IllegalArgumentException.class);
	}

}
