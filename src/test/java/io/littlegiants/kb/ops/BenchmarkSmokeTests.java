package io.littlegiants.kb.ops;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import io.littlegiants.kb.ingest.DatasetLoader;
import io.littlegiants.kb.ingest.DatasetState;
import io.littlegiants.kb.ingest.synthetic.PyramidGenerator;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.harness.Neo4j;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static io.littlegiants.kb.TestTools.freePort;
import static io.littlegiants.kb.TestTools.requireTool;
import static io.littlegiants.kb.TestTools.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The side-by-side benchmark ({@code bench/compare.sh}) at the smallest scale, as CI runs
 * it: on a generated pyramid of 200 firms loaded onto the shipped data, every request of
 * {@code bench/compare/queries.json} answers without an error through our API, and the
 * benchmark's own driver ({@code bench/compare/drive.mjs}) times one on each side. The
 * peer ({@code bench/compare/peer}, the versions its lock file pins) answers the three
 * entity queries over the same database with the same firms, certifications, suppliers,
 * customers and products, so that the two sides of the benchmark still ask the same
 * question. Nothing is timed: compare.sh measures.
 */
@GraphQlHttpTest
@TestDatabase(shippedData = true)
// As compare.sh runs the server, every request computing its answer; and so a context
// of its own, in which no other class sees the pyramid it loads.
@TestPropertySource(properties = "kb.analytics.cache.max-values=0")
@Order(7) // a long class: started early (see junit-platform.properties)
class BenchmarkSmokeTests {

	static final Path BENCH = Path.of("bench", "compare").toAbsolutePath();

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	DatasetLoader loader;

	@Autowired
	DatasetState dataset;

	@Autowired
	Neo4j neo4j;

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	@Test
	void everyRequestAnswersAndThePeerFindsWhatWeFind() throws Exception {
		Path node = requireTool("/usr/bin/node");
		Path npm = requireTool("/usr/bin/npm");
		// The generator's seed and the ids the requests name (syn-f0000001, the anchor
		// syn-anchor-0000, the name 合成样本企业0000042), as compare.sh generates them.
		Path pyramid = this.dir.resolve("pyramid");
		new PyramidGenerator(200, 7).write(pyramid);
		this.loader.load("synthetic-7-200", "file:" + pyramid + "/");
		// As the start-up load does when it is done: the API answers again.
		this.dataset.ready("loaded");
		JsonNode requests = this.json.readTree(BENCH.resolve("queries.json").toFile());
		String ours = "http://127.0.0.1:" + this.port + "/graphql";

		List<String> everyRequest = new ArrayList<>();
		requests.get("entity").forEach(request -> everyRequest.add(request.get("ours").asString()));
		requests.get("analytic").forEach(request -> everyRequest.add(request.asString()));
		for (String request : everyRequest) {
			assertThat(data(ours, request).properties()).as(request).isNotEmpty();
		}
		String timing = run(BENCH, node.toString(), "drive.mjs", "latency", ours, "1", everyRequest.get(0));
		assertThat(timing).contains("\"p50\"").doesNotContain("\"error\"");

		Path peer = Path.of("target", "bench-peer").toAbsolutePath();
		Files.createDirectories(peer);
		for (String file : List.of("package.json", "package-lock.json", "server.mjs")) {
			Files.copy(BENCH.resolve("peer").resolve(file), peer.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		run(peer, npm.toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error");
		int peerPort = freePort();
		Process server = new ProcessBuilder(node.toString(), "server.mjs", this.neo4j.boltURI().toString(),
				String.valueOf(peerPort))
			.directory(peer.toFile())
			.redirectErrorStream(true)
			.start();
		try {
			awaitReady(server);
			String theirs = "http://127.0.0.1:" + peerPort + "/graphql";
			Iterator<Map.Entry<String, JsonNode>> entity = requests.get("entity").properties().iterator();
			JsonNode firm = both(ours, theirs, entity.next().getValue());
			assertSameFirm(firm.get(0).get("firm"), firm.get(1).get("firms").get(0));
			JsonNode page = both(ours, theirs, entity.next().getValue());
			assertSamePage(page.get(0).get("firms"), page.get(1).get("firmsConnection"));
			JsonNode search = both(ours, theirs, entity.next().getValue());
			assertThat(search.get(0).get("search").findValuesAsString("id")).contains("syn-f0000042");
			assertThat(search.get(1).get("firmsSearch").findValuesAsString("id")).contains("syn-f0000042");
			String throughput = run(BENCH, node.toString(), "drive.mjs", "throughput", theirs, "1", "2",
					requests.get("entity").properties().iterator().next().getValue().get("peer").asString());
			assertThat(throughput).contains("\"perSecond\"").contains("\"errors\":0");
		}
		finally {
			server.destroy();
		}
	}

	/** The firm's name, tiers, suppliers' and customers' names, on both sides. */
	private void assertSameFirm(JsonNode ours, JsonNode theirs) {
		assertThat(ours.get("name").asString()).isEqualTo(theirs.get("name").asString()).isNotBlank();
		assertThat(sorted(ours.get("certifications").findValuesAsString("id")))
			.isEqualTo(sorted(theirs.get("certifications").findValuesAsString("tier")))
			.isNotEmpty();
		assertThat(sorted(ours.get("suppliers").findValuesAsString("name")))
			.isEqualTo(sorted(theirs.get("suppliers").findValuesAsString("name")))
			.isNotEmpty();
		assertThat(sorted(ours.get("customers").findValuesAsString("name")))
			.isEqualTo(sorted(theirs.get("customers").findValuesAsString("name")));
	}

	/**
	 * The same count of Little Giants, and the same first hundred by name, each with the
	 * same products and customers.
	 */
	private void assertSamePage(JsonNode ours, JsonNode theirs) {
		assertThat(ours.get("totalCount").asInt()).isEqualTo(theirs.get("totalCount").asInt()).isGreaterThan(2);
		List<JsonNode> ourFirms = ours.get("edges").findValues("node");
		List<JsonNode> theirFirms = theirs.get("edges").findValues("node");
		assertThat(ourFirms).hasSameSizeAs(theirFirms).isNotEmpty();
		for (int i = 0; i < ourFirms.size(); i++) {
			JsonNode a = ourFirms.get(i);
			JsonNode b = theirFirms.get(i);
			assertThat(a.get("name").asString()).isEqualTo(b.get("name").asString());
			assertThat(sorted(a.get("products").findValuesAsString("name")))
				.isEqualTo(sorted(b.get("products").findValuesAsString("name")));
			assertThat(sorted(a.get("customers").findValuesAsString("id")))
				.isEqualTo(sorted(b.get("customers").findValuesAsString("id")));
		}
	}

	/** A request's data from our server and from the peer, neither with an error. */
	private JsonNode both(String ours, String theirs, JsonNode request) throws Exception {
		return this.json.createArrayNode()
			.add(data(ours, request.get("ours").asString()))
			.add(data(theirs, request.get("peer").asString()));
	}

	private JsonNode data(String url, String query) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(Map.of("query", query))))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.has("errors")).as(url + " " + query + "\n" + response.body()).isFalse();
		return body.get("data");
	}

	private static List<String> sorted(List<String> values) {
		return values.stream().sorted().toList();
	}

	/** Waits for the peer's "ready" line; fails with its output if it stops first. */
	private static void awaitReady(Process server) throws Exception {
		BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		String line;
		while ((line = out.readLine()) != null && !line.contains("ready")) {
			seen.append(line).append('\n');
		}
		assertThat(line).as("the peer stopped before it was ready:\n" + seen).isNotNull();
	}

}
