package io.littlegiants.kb.firm;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirmServiceTests {

	@Test
	void ranksExactNamesBeforePrefixesBeforeTheRest() {
		Organization anda = organization("安达科技", "Guizhou Anda Energy Technology Co., Ltd.", List.of());
		Organization guoanda = organization("国安达", "Guoanda Co.,Ltd", List.of("GAD"));
		assertThat(FirmService.nameMatch(anda, "安达科技")).isZero();
		assertThat(FirmService.nameMatch(anda, "安达")).isEqualTo(1);
		assertThat(FirmService.nameMatch(guoanda, "安达")).isEqualTo(2);
		assertThat(FirmService.nameMatch(guoanda, "gad")).isZero();
		assertThat(FirmService.nameMatch(anda, "guizhou anda")).isEqualTo(1);
	}

	static Organization organization(String shortName, String name, List<String> aliases) {
		return new Organization("x", "FIRM", name, null, shortName, name, aliases, "CN", null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, "REPORTED", List.of());
	}

}
