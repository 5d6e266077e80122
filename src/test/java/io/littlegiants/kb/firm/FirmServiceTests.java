package io.littlegiants.kb.firm;

import java.util.List;

import io.littlegiants.kb.common.Confidence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FirmServiceTests {

	static final Organization ANDA = organization("贵州安达科技能源股份有限公司", "安达科技", "Guizhou Anda Energy Technology Co., Ltd.",
			List.of("ADKJ"));

	static final Organization GUOANDA = organization(null, "国安达", "Guoanda Co.,Ltd", List.of("GAD"));

	static final Organization GOODIX = organization("深圳市汇顶科技股份有限公司", "汇顶科技", "Shenzhen Goodix Technology Co.,Ltd.",
			List.of());

	@Test
	void anEqualNameScoresOneAndPartOfANameNinetyHundredths() {
		assertThat(NameSimilarity.best("安达科技", ANDA)).isEqualTo(new NameSimilarity.Match(1, "SHORT_NAME_ZH", "安达科技"));
		// 安达 is a run of 安达科技 (0.9); Jaro-Winkler of the whole pair is only 0.87.
		assertThat(NameSimilarity.best("安达", ANDA))
			.isEqualTo(new NameSimilarity.Match(0.9, "NAME_ZH", "贵州安达科技能源股份有限公司"));
		assertThat(NameSimilarity.best("安达", GUOANDA).score()).isEqualTo(0.9);
		assertThat(NameSimilarity.best("gad", GUOANDA)).isEqualTo(new NameSimilarity.Match(1, "ALIAS", "GAD"));
		// Full-width forms, case and legal-form spellings do not count.
		assertThat(NameSimilarity.best("GUIZHOU ANDA ENERGY TECHNOLOGY COMPANY LIMITED", ANDA).score()).isEqualTo(1);
		assertThat(NameSimilarity.best("guizhou anda", ANDA).score()).isEqualTo(0.9);
	}

	@Test
	void aTypoCostsALittleAndPinyinFindsTheChineseName() {
		// One letter off in a run of two words: 0.9 x Jaro-Winkler("guizhou amda",
		// "guizhou anda") = 0.9 x 0.9667.
		assertThat(NameSimilarity.best("Guizhou Amda", ANDA).score()).isCloseTo(0.87, within(0.001));
		// The pinyin of 汇顶科技 run together is huidingkeji: "Huiding" is a run of it.
		assertThat(NameSimilarity.best("Huiding Keji", GOODIX))
			.isEqualTo(new NameSimilarity.Match(0.95, "PINYIN", "汇顶科技"));
		// "Huiding" is a run of it (0.9), and a prefix of the whole: Jaro-Winkler
		// ("huiding", "huidingkeji") = (1 + 7/11 + 1) / 3 + 4 x 0.1 x (1 - that) =
		// 0.9273, which wins; a pinyin match counts 0.95 of it.
		assertThat(NameSimilarity.best("Huiding", GOODIX).score()).isCloseTo(0.95 * 0.92727, within(0.0001));
		assertThat(NameSimilarity.best("Goodix", GOODIX).field()).isEqualTo("NAME");
	}

	@Test
	void pinyinWordsFindAChineseNameWrittenApartOrTogether() {
		assertThat(Pinyin.ofName("深圳市汇顶科技股份有限公司")).containsExactly("shen", "zhen", "shi", "hui", "ding", "ke", "ji");
		assertThat(Pinyin.searchText("汇顶科技").split(" ")).contains("hui", "huiding", "huidingkeji", "dingke")
			.doesNotContain("youxian");
		assertThat(Pinyin.searchText("Goodix")).isEmpty();
	}

	@Test
	void latinWordsOfFiveLettersOrMoreMayHaveATypo() {
		assertThat(FirmService.typoTolerant("Siemens AG")).isEqualTo(" siemens~1");
		assertThat(FirmService.typoTolerant("Volkswagen")).isEqualTo(" volkswagen~2");
		assertThat(FirmService.typoTolerant("宁德时代 BYD")).isEmpty();
	}

	static Organization organization(String nameZh, String shortName, String name, List<String> aliases) {
		return new Organization("x", OrganizationKind.FIRM, name, nameZh, shortName, name, aliases, "CN", null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, Confidence.REPORTED,
				List.of());
	}

}
