package io.littlegiants.kb.api;

import io.littlegiants.kb.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorsTests {

	@Test
	void roundTripsValuesIncludingSeparatorsAndChinese() {
		String cursor = Cursors.encode("firms:NAME_ASC", "浙江铖昌科技 | Co., Ltd.", "cn-ashare-001270");
		assertThat(cursor).doesNotContain("=", "/", "+");
		assertThat(Cursors.decode("firms:NAME_ASC", cursor, 2)).containsExactly("浙江铖昌科技 | Co., Ltd.",
				"cn-ashare-001270");
		assertThat(Cursors.decode("firms:NAME_ASC", null, 2)).isNull();
	}

	@Test
	void rejectsMalformedAndForeignCursors() {
		String idCursor = Cursors.encode("firms:ID_ASC", "a", "a");
		assertThatThrownBy(() -> Cursors.decode("firms:NAME_ASC", idCursor, 2))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("is not a cursor");
		assertThatThrownBy(() -> Cursors.decode("firms:NAME_ASC", "%%%", 2)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Cursors.decode("sources", Cursors.encode("sources", "a", "b"), 1))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void boundsThePageSize() {
		assertThat(Cursors.pageSize(0, 500)).isZero();
		assertThat(Cursors.pageSize(500, 500)).isEqualTo(500);
		assertThatThrownBy(() -> Cursors.pageSize(501, 500)).hasMessage("first must be between 0 and 500, was 501");
		assertThatThrownBy(() -> Cursors.pageSize(-1, 500)).isInstanceOf(InvalidInputException.class);
	}

}
