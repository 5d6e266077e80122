package io.littlegiants.kb.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NamedQueriesTests {

	static final String SUPPLY_PATHS = CypherScript.statement("queries/supply-paths.cypher");

	@Test
	void supplyPathsExploresNoFurtherThanTheDepthAsked() {
		String depth3 = NamedQueries.toDepth(SUPPLY_PATHS, 3);
		assertThat(depth3).doesNotContain("{1,6}");
		assertThat(depth3.split("\\{1,3\\}", -1)).as("both directions narrowed").hasSize(3);
		assertThat(NamedQueries.toDepth(SUPPLY_PATHS, 6)).isEqualTo(SUPPLY_PATHS);
	}

	@Test
	void aDepthOutsideTheQuerysBoundIsRefused() {
		assertThatThrownBy(() -> NamedQueries.toDepth(SUPPLY_PATHS, 7))
			.hasMessageContaining("beyond the query's {1,6}");
		assertThatThrownBy(() -> NamedQueries.toDepth(SUPPLY_PATHS, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> NamedQueries.toDepth("MATCH (n) RETURN n", 2)).hasMessageContaining("no {1,N}");
	}

}
