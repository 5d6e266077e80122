package io.littlegiants.kb.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;

/**
 * The whole graph as sorted text lines (labels and properties of every node; type, ends
 * and properties of every relationship), to compare a graph before and after an
 * operation. The DatasetLoad marker, which records when it loaded, is left out.
 */
public final class GraphSnapshot {

	private GraphSnapshot() {
	}

	public static List<String> of(Driver driver) {
		try (var session = driver.session()) {
			Stream<String> nodes = session
				.run("MATCH (n) WHERE NOT n:DatasetLoad RETURN labels(n) AS labels, properties(n) AS props")
				.list(r -> r.get("labels").asList().stream().sorted().toList() + " " + sorted(r.get("props").asMap()))
				.stream();
			Stream<String> rels = session
				.run("""
						MATCH (a)-[r]->(b)
						RETURN coalesce(a.id, a.code) AS a, type(r) AS type, coalesce(b.id, b.code) AS b, properties(r) AS props
						""")
				.list(r -> r.get("a").asString() + "-" + r.get("type").asString() + "->" + r.get("b").asString() + " "
						+ sorted(r.get("props").asMap()))
				.stream();
			return Stream.concat(nodes, rels).sorted().toList();
		}
	}

	private static String sorted(Map<String, Object> properties) {
		return new TreeMap<>(properties).toString();
	}

}
