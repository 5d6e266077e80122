package io.littlegiants.kb.ftm;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules catch what they are for: each bad line below breaks one. */
class FtmRulesTests {

	static final String FIRM = "{\"id\":\"d-a\",\"schema\":\"Company\",\"properties\":{\"name\":[\"A\"],\"country\":[\"cn\"]},\"datasets\":[\"d\"]}";

	static final String BANK = "{\"id\":\"d-b\",\"schema\":\"Organization\",\"properties\":{\"name\":[\"B\"]},\"datasets\":[\"d\"]}";

	@Test
	void aValidExportHasNoViolations() {
		assertThat(FtmRules.violations(List.of(FIRM, BANK,
				"{\"id\":\"d-o\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"d-b\"],\"asset\":[\"d-a\"],\"startDate\":[\"2023-03\"]},\"datasets\":[\"d\"]}"),
				"d"))
			.isEmpty();
	}

	@Test
	void eachBrokenRuleIsNamed() {
		assertThat(FtmRules.violations(List.of(FIRM, BANK,
				"{\"id\":\"d-o\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"d-a\"],\"asset\":[\"d-b\"]},\"datasets\":[\"d\"]}",
				"{\"id\":\"d-c\",\"schema\":\"Company\",\"properties\":{\"name\":[\"C\"],\"country\":[\"CN\"],\"colour\":[\"red\"]},\"datasets\":[\"d\"]}",
				"{\"id\":\"d-l\",\"schema\":\"UnknownLink\",\"properties\":{\"subject\":[\"d-a\"],\"object\":[\"d-z\"],\"startDate\":[\"May 2020\"]},\"datasets\":[\"d\"]}",
				"{\"id\":\"d-a\",\"schema\":\"Debt\",\"properties\":{},\"datasets\":[\"x\"]}"), "d"))
			.anyMatch(v -> v.contains("asset points to d-b, a Organization"))
			.anyMatch(v -> v.contains("country 'CN' is not a lower-case ISO code"))
			.anyMatch(v -> v.contains("Company has no property colour"))
			.anyMatch(v -> v.contains("object points to d-z, a missing entity"))
			.anyMatch(v -> v.contains("startDate 'May 2020' is not an ISO date prefix"))
			.anyMatch(v -> v.contains("id missing or repeated: 'd-a'"))
			.anyMatch(v -> v.contains("Debt needs debtor"))
			.anyMatch(v -> v.contains("datasets must be [d]"));
	}

}
