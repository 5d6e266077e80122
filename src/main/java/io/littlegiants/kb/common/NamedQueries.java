package io.littlegiants.kb.common;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.neo4j.driver.Result;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Runs the analytic questions kept as files under {@code cypher/queries/}: the file is
 * the query, every value a parameter. Rows come back as maps keyed by the RETURN columns.
 */
@Component
public class NamedQueries {

	private final Neo4jClient client;

	private final AnswerCache answers;

	private final Map<String, String> statements = new ConcurrentHashMap<>();

	NamedQueries(Neo4jClient client, AnswerCache answers) {
		this.client = client;
		this.answers = answers;
	}

	/**
	 * Runs {@code cypher/queries/<name>.cypher}.
	 * @param name the file name without extension, e.g. {@code supply-paths}
	 * @param parameters every parameter the file names (null values included)
	 */
	public List<Map<String, Object>> run(String name, Map<String, Object> parameters) {
		return List.copyOf(this.client.query(statement(name)).bindAll(parameters).fetch().all());
	}

	/**
	 * Runs {@code cypher/queries/<name>.cypher} and hands each row to {@code row} as it
	 * arrives, none kept: for a question with a row per firm of the whole pyramid, which
	 * neither the transaction's memory nor the heap should hold at once.
	 * @param parameters every parameter the file names, as driver values (texts, numbers,
	 * dates, lists, nulls)
	 */
	public void stream(String name, Map<String, Object> parameters, Consumer<Map<String, Object>> row) {
		this.client.delegateTo(runner -> {
			Result result = runner.run(statement(name), parameters);
			result.forEachRemaining(rec -> row.accept(rec.asMap()));
			return Optional.empty();
		}).run();
	}

	/**
	 * Runs {@code cypher/queries/<name>.cypher} as {@link #run} does, unless it ran with
	 * the same parameters on the data as it is now: then its rows come from the
	 * {@link AnswerCache}. For the questions over the whole graph, which take seconds at
	 * the size of the programme.
	 */
	public List<Map<String, Object>> runCached(String name, Map<String, Object> parameters) {
		return this.answers.answer(name, parameters, () -> run(name, parameters));
	}

	/**
	 * As {@link #runCached(String, Map)}, for a question answered in steps: its rows,
	 * when not kept, are those {@code compute} gives.
	 */
	public List<Map<String, Object>> runCached(String name, Map<String, Object> parameters,
			Supplier<List<Map<String, Object>>> compute) {
		return this.answers.answer(name, parameters, compute);
	}

	/**
	 * The most values (numbers, texts, dates, ...) one kept answer may hold; 0 when
	 * answers are not kept.
	 */
	public long maxKeptValues() {
		return this.answers.maxAnswerValues();
	}

	/** The text of a named query, for EXPLAIN and documentation. */
	public String statement(String name) {
		return this.statements.computeIfAbsent(name, n -> CypherScript.statement("queries/" + n + ".cypher"));
	}

}
