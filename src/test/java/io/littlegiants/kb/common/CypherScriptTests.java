package io.littlegiants.kb.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CypherScriptTests {

	@Test
	void splitsOnSemicolonsEndingALineAndDropsComments() {
		String text = """
				// a comment; with a semicolon
				UNWIND $rows AS row
				SET n.ids = split(row.ids, ';');
				MATCH (n) RETURN n;
				""";
		assertThat(CypherScript.parse(text)).containsExactly("UNWIND $rows AS row\nSET n.ids = split(row.ids, ';')",
				"MATCH (n) RETURN n");
	}

	@Test
	void findsTheShippedScriptsInOrder() {
		assertThat(CypherScript.allIn("schema")).extracting(CypherScript::name)
			.containsExactly("0001-constraints.cypher", "0002-indexes.cypher", "0003-vocabulary.cypher");
		assertThat(CypherScript.allIn("import")).extracting(CypherScript::name)
			.startsWith("0010-sources.cypher")
			.isSorted();
	}

}
