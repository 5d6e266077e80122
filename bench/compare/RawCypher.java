import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the Cypher the server sent for each GraphQL request straight over Bolt with the Java
 * driver, as the server does: one read transaction per request, every statement in it, every
 * record read, then a rollback. Prints one JSON line per request: p50 and p95 in ms, after
 * as many warm-up runs, and more until WARM_SECONDS have passed on the request (this JVM
 * starts cold, the server it is compared with is warm).
 *
 * java -cp CLASSPATH RawCypher.java BOLT_URL CAPTURED_JSON RUNS [WARM_SECONDS]
 *
 * With --profile instead, each statement runs once under PROFILE, and the tool prints (as
 * markdown) its time, rows, database hits and the operators that made most of them:
 *
 * java -cp CLASSPATH RawCypher.java --profile BOLT_URL CAPTURED_JSON
 *
 * CAPTURED_JSON maps a request's name to its statements, each with its parameters as Cypher
 * expressions (as Spring Data Neo4j logs them): {"name": [{"statement": "...",
 * "parameters": {"id": "'syn-f0000001'"}}]}.
 */
public class RawCypher {

	public static void main(String[] args) throws Exception {
		if (args[0].equals("--profile")) {
			profile(args[1], args[2]);
			return;
		}
		String url = args[0];
		Map<String, List<Map<String, Object>>> captured = JsonMapper.builder().build().readValue(new File(args[1]),
				Map.class);
		int runs = Integer.parseInt(args[2]);
		long warmNanos = (args.length > 3) ? Long.parseLong(args[3]) * 1_000_000_000L : 0;
		try (Driver driver = GraphDatabase.driver(url, AuthTokens.none())) {
			for (Map.Entry<String, List<Map<String, Object>>> request : captured.entrySet()) {
				List<Statement> statements = new ArrayList<>();
				List<Double> times = new ArrayList<>();
				try {
					for (Map<String, Object> statement : request.getValue()) {
						statements.add(new Statement((String) statement.get("statement"),
								evaluate(driver, (Map<String, String>) statement.get("parameters"))));
					}
					long warmStart = System.nanoTime();
					for (int i = 0; i < runs || System.nanoTime() - warmStart < warmNanos; i++) {
						run(driver, statements);
					}
					for (int i = 0; i < runs; i++) {
						long start = System.nanoTime();
						run(driver, statements);
						times.add((System.nanoTime() - start) / 1e6);
					}
				}
				catch (RuntimeException ex) {
					// A request the database refuses (a limit, a timeout) is reported, not fatal.
					System.out.printf("{\"name\": \"%s\", \"statements\": %d, \"error\": \"%s\"}%n", request.getKey(),
							request.getValue().size(), ex.getMessage().lines().findFirst().orElse("").replace("\"", "'"));
					continue;
				}
				Collections.sort(times);
				System.out.printf("{\"name\": \"%s\", \"statements\": %d, \"p50\": %.1f, \"p95\": %.1f}%n",
						request.getKey(), statements.size(), percentile(times, 50), percentile(times, 95));
			}
		}
	}

	private static void profile(String url, String capturedJson) throws Exception {
		Map<String, List<Map<String, Object>>> captured = JsonMapper.builder().build().readValue(new File(capturedJson),
				Map.class);
		try (Driver driver = GraphDatabase.driver(url, AuthTokens.none())) {
			for (Map.Entry<String, List<Map<String, Object>>> request : captured.entrySet()) {
				System.out.printf("%n### %s%n%n| # | statement | ms | rows | db hits | top operators (db hits) |%n"
						+ "|---|---|---:|---:|---:|---|%n", request.getKey());
				int n = 0;
				long total = 0;
				for (Map<String, Object> statement : request.getValue()) {
					n++;
					String text = (String) statement.get("statement");
					Map<String, Object> parameters = evaluate(driver, (Map<String, String>) statement.get("parameters"));
					long start = System.nanoTime();
					ResultSummary summary;
					try (Session session = driver
						.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
						summary = session.run("PROFILE " + text, parameters).consume();
					}
					catch (RuntimeException ex) {
						System.out.printf("| %d | %s | | | | error: %s |%n", n, firstLine(text),
								ex.getMessage().lines().findFirst().orElse(""));
						continue;
					}
					long ms = (System.nanoTime() - start) / 1_000_000;
					List<ProfiledPlan> operators = new ArrayList<>();
					flatten(summary.profile(), operators);
					long hits = operators.stream().mapToLong(ProfiledPlan::dbHits).sum();
					total += hits;
					StringBuilder top = new StringBuilder();
					operators.stream()
						.filter(op -> op.dbHits() > 0)
						.sorted(Comparator.comparingLong(ProfiledPlan::dbHits).reversed())
						.limit(3)
						.forEach(op -> top.append(top.isEmpty() ? "" : "; ")
							.append(op.operatorType().replace("@neo4j", ""))
							.append(' ')
							.append(String.format("%,d", op.dbHits()))
							.append(" (")
							.append(String.format("%,d", op.records()))
							.append(" rows)"));
					System.out.printf("| %d | %s | %,d | %,d | %,d | %s |%n", n, firstLine(text), ms,
							summary.profile().records(), hits, top);
				}
				System.out.printf("%nall statements: %,d db hits%n", total);
			}
		}
	}

	private static void flatten(ProfiledPlan plan, List<ProfiledPlan> into) {
		into.add(plan);
		plan.children().forEach(child -> flatten((ProfiledPlan) child, into));
	}

	private static String firstLine(String text) {
		String line = text.lines().filter(l -> !l.isBlank() && !l.startsWith("//")).findFirst().orElse("").strip();
		return "`" + (line.length() > 60 ? line.substring(0, 60) + "..." : line).replace("|", "\\|") + "`";
	}

	record Statement(String text, Map<String, Object> parameters) {
	}

	private static void run(Driver driver, List<Statement> statements) {
		try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
				Transaction tx = session.beginTransaction()) {
			for (Statement statement : statements) {
				tx.run(statement.text(), statement.parameters()).list();
			}
			tx.rollback();
		}
	}

	/** The parameters' values, from the Cypher expressions the server's log gives for them. */
	private static Map<String, Object> evaluate(Driver driver, Map<String, String> expressions) {
		if (expressions.isEmpty()) {
			return Map.of();
		}
		StringBuilder query = new StringBuilder("RETURN {");
		expressions.forEach((name, expression) -> query.append(query.length() > 8 ? ", " : "")
			.append('`')
			.append(name)
			.append("`: ")
			.append(expression));
		query.append("} AS p");
		try (Session session = driver.session()) {
			return new LinkedHashMap<>(session.run(query.toString()).single().get("p").asMap());
		}
	}

	private static double percentile(List<Double> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

}
