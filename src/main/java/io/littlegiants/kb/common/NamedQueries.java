package io.littlegiants.kb.common;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Runs the analytic questions kept as files under {@code cypher/queries/}: the file is
 * the query, every value a parameter. Rows come back as maps keyed by the RETURN columns.
 */
@Component
public class NamedQueries {

	private static final Pattern QUANTIFIER = Pattern.compile("\\{1,(\\d+)\\}");

	private final Neo4jClient client;

	private final Map<String, String> statements = new ConcurrentHashMap<>();

	NamedQueries(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * Runs {@code cypher/queries/<name>.cypher}.
	 * @param name the file name without extension, e.g. {@code supply-paths}
	 * @param parameters every parameter the file names (null values included)
	 */
	public List<Map<String, Object>> run(String name, Map<String, Object> parameters) {
		return fetch(statement(name), parameters);
	}

	/**
	 * Runs a query whose variable-length patterns are written {@code {1,N}}, with N
	 * narrowed to {@code depth}. Cypher takes no parameter in a quantifier, and a filter
	 * on the path's length afterwards still explores every path to N: at 100,000 firms a
	 * depth-3 question explored 21 times the paths it needed. {@code depth} is an int the
	 * caller has checked, never text from a request.
	 * @param depth the longest path wanted, from 1 to the file's N
	 */
	public List<Map<String, Object>> runToDepth(String name, int depth, Map<String, Object> parameters) {
		return fetch(this.statements.computeIfAbsent(name + "@" + depth, key -> toDepth(statement(name), depth)),
				parameters);
	}

	private List<Map<String, Object>> fetch(String statement, Map<String, Object> parameters) {
		return List.copyOf(this.client.query(statement).bindAll(parameters).fetch().all());
	}

	static String toDepth(String statement, int depth) {
		Matcher quantifier = QUANTIFIER.matcher(statement);
		StringBuilder narrowed = new StringBuilder();
		int found = 0;
		while (quantifier.find()) {
			if (depth < 1 || depth > Integer.parseInt(quantifier.group(1))) {
				throw new IllegalArgumentException("depth " + depth + " is beyond the query's " + quantifier.group());
			}
			quantifier.appendReplacement(narrowed, "{1," + depth + "}");
			found++;
		}
		if (found == 0) {
			throw new IllegalArgumentException("the query has no {1,N} quantifier to narrow");
		}
		return quantifier.appendTail(narrowed).toString();
	}

	/** The text of a named query, for EXPLAIN and documentation. */
	public String statement(String name) {
		return this.statements.computeIfAbsent(name, n -> CypherScript.statement("queries/" + n + ".cypher"));
	}

}
