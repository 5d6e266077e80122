package io.littlegiants.kb.firm;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys must equal those derive.py writes into import/organizations.csv (nameKeys
 * column).
 */
class NameKeysTests {

	@Test
	void legalKeysIgnoreWidthWhitespaceAndEquivalentLegalFormSpellings() {
		assertThat(NameKeys.legal("贵州安达科技能源股份有限公司")).isEqualTo("贵州安达科技能源股份有限公司");
		assertThat(NameKeys.legal(" 英飞特电子（杭州）股份有限公司 ")).isEqualTo("英飞特电子(杭州)股份有限公司");
		assertThat(NameKeys.legal("杭州某某科技有限责任公司")).isEqualTo(NameKeys.legal("杭州某某科技有限公司"));
		// A different legal form is a different name.
		assertThat(NameKeys.legal("杭州某某科技股份有限公司")).isNotEqualTo(NameKeys.legal("杭州某某科技有限公司"));
		assertThat(NameKeys.legal("ＡＢＣ科技")).isEqualTo("abc科技");
	}

	@Test
	void englishKeysAbbreviateLegalWordsAndDropPunctuation() {
		// As in the shipped file: "Guizhou Anda Energy Technology Co., Ltd." -> guizhou
		// anda energy technology co ltd
		assertThat(NameKeys.english("Guizhou Anda Energy Technology Co., Ltd."))
			.isEqualTo("guizhou anda energy technology co ltd");
		assertThat(NameKeys.english("Guizhou Anda Energy Technology Company Limited"))
			.isEqualTo("guizhou anda energy technology co ltd");
		assertThat(NameKeys.any("Ping An Bank Co., Ltd.")).isEqualTo("ping an bank co ltd");
		assertThat(NameKeys.any("平安银行")).isEqualTo("平安银行");
	}

}
