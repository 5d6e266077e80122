package io.littlegiants.kb.firm;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationTests {

	@Test
	void hashedByIdAloneAndEqualOnlyWithEveryField() {
		Map<String, Object> read = new HashMap<>(Map.of("id", "cn-a", "kind", "FIRM", "name", "A", "notes",
				"A long note ".repeat(100), "confidence", "REPORTED"));
		Organization first = Organization.from(read);
		Organization again = Organization.from(new HashMap<>(read));
		read.put("notes", "Another note");
		Organization renoted = Organization.from(read);

		assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
		assertThat(renoted).isNotEqualTo(first).hasSameHashCodeAs(first);
		assertThat(Map.of(first, 1)).containsKey(again).doesNotContainKey(renoted);
	}

}
