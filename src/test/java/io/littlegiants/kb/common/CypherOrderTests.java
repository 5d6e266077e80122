package io.littlegiants.kb.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CypherOrderTests {

	@Test
	void textsCompareByCodePointWithNullLast() {
		// U+FF21 (a full-width A) is above U+D800 as a UTF-16 unit, but below
		// U+20000 (𠀀) as a code point; "科技" and "科技园" share a prefix.
		List<String> texts = new ArrayList<>(Arrays.asList("𠀀", "\uFF21", "科技园", null, "科技", "Z", "a", "", "\uFF21𠀀",
				"\uFF21\uFF21", "𠀁", "𠀀a"));
		texts.sort(CypherOrder.TEXT);
		assertThat(texts).containsExactly("", "Z", "a", "科技", "科技园", "\uFF21", "\uFF21\uFF21", "\uFF21𠀀", "𠀀", "𠀀a",
				"𠀁", null);
		// The same as comparing arrays of code points, for every pair.
		Comparator<String> byArrays = (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
		List<String> present = texts.subList(0, texts.size() - 1);
		for (String a : present) {
			for (String b : present) {
				assertThat(Integer.signum(CypherOrder.TEXT.compare(a, b))).as(a + " vs " + b)
					.isEqualTo(Integer.signum(byArrays.compare(a, b)));
			}
		}
	}

}
