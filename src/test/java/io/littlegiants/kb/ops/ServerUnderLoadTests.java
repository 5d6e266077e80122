package io.littlegiants.kb.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.littlegiants.kb.KnowledgeBaseApplication;
import io.littlegiants.kb.TestNeo4j;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.littlegiants.kb.TestTools.freePort;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server as a user runs it (its own JVM, the embedded database on the shipped data),
 * under the analysts' mixed read load from 32 concurrent clients, then killed with
 * {@code kill -9} while clients read, and started again. Bounded in count and time; the
 * latencies, memory and recovery time are printed, never asserted (bench/load.sh measures
 * them properly).
 */
@Order(3) // a long class: started early (see junit-platform.properties)
class ServerUnderLoadTests {

	static final int CLIENTS = 32;

	static final Duration LOAD = Duration.ofSeconds(5);

	/** Far beyond a healthy start, even on a busy machine; a hung start still fails. */
	static final Duration START_LIMIT = Duration.ofMinutes(5);

	/**
	 * The requests analysts send: a firm with nested fields, a page, a search, analytics.
	 */
	static final List<String> MIX = List.of("""
			{ firm(id: "cn-guizhou-anda") { name certifications { tier { id } status }
			  customers { counterpart { name } sources { title } } suppliers { counterpart { name } } } }""", """
			{ firms(filter: {province: "33"}, first: 50) { totalCount edges { node { id name
			  certifications { tier { id } } } } } }""", """
			{ search(text: "汇顶", first: 10) { score organization { id name } } }""", """
			{ importSubstitutes(hsCode: "848340") { items { firm { id } match } coverage { caveats { code } } } }""",
			"""
					{ supplyPaths(firmId: "cn-byd", direction: UPSTREAM, maxDepth: 2) { items { firm { id } depth } } }""");

	static final String STATS = "{ stats { nodes { name count } relationships { name count } data { version } } }";

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

	@TempDir
	Path dir;

	@Test
	void thirtyTwoClientsGetNoErrorAndAKillDuringReadsLosesNothing() throws Exception {
		Path data = this.dir.resolve("data");
		TestNeo4j.copyShippedStore(data);
		String before;
		int port = freePort();
		Process server = start(data, port, "first");
		try {
			awaitHealthy(server, port, "first");
			before = post(port, STATS);
			for (String query : MIX) {
				assertThat(post(port, query)).as("warm-up: " + query).doesNotContain("\"errors\"");
			}
			long memoryBefore = residentMegabytes(server);
			Load load = load(port, CLIENTS, System.nanoTime() + LOAD.toNanos());
			System.out.printf(
					"%d clients for %d s: %d requests, %d errors, p50 %d ms, p95 %d ms, p99 %d ms, "
							+ "resident memory %d -> %d MB%n",
					CLIENTS, LOAD.toSeconds(), load.latencies().size(), load.errors().size(), load.percentile(50),
					load.percentile(95), load.percentile(99), memoryBefore, residentMegabytes(server));
			assertThat(load.errors()).as("errors under load").isEmpty();
			assertThat(load.latencies()).hasSizeGreaterThanOrEqualTo(CLIENTS);

			// kill -9 once eight clients have had 40 answers: reads in flight, not a
			// time.
			AtomicBoolean stop = new AtomicBoolean();
			AtomicInteger answered = new AtomicInteger();
			List<Thread> readers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				int first = i;
				readers.add(started(() -> read(port, first, stop, answered)));
			}
			while (answered.get() < 40 && server.isAlive()) {
				Thread.sleep(10);
			}
			server.destroyForcibly().waitFor();
			stop.set(true);
			for (Thread reader : readers) {
				reader.join();
			}
		}
		finally {
			server.destroyForcibly().waitFor();
		}

		int again = freePort();
		long restart = System.nanoTime();
		Process restarted = start(data, again, "restart");
		try {
			awaitHealthy(restarted, again, "restart");
			System.out.printf("after kill -9 during reads the server answered again in %d s%n",
					TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - restart));
			assertThat(post(again, STATS)).as("the same graph, loaded once").isEqualTo(before);
		}
		finally {
			restarted.destroy();
			restarted.waitFor();
		}
	}

	private Process start(Path data, int port, String name) throws IOException {
		// C1 only and the serial collector: a start took 23 s of CPU instead of 33 s, on
		// two cores the other test classes share; nothing here is timed. C1 alone gets a
		// 48 MB code cache, which the suite's own JVM filled (see pom.xml): room here
		// too.
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
				"-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=128m", "-XX:+UseSerialGC", "-cp",
				System.getProperty("java.class.path"), KnowledgeBaseApplication.class.getName(),
				"--kb.embedded.data-dir=" + data, "--kb.embedded.bolt-port=0", "--server.port=" + port);
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.dir.resolve(name + ".log").toFile())
			.start();
	}

	private void awaitHealthy(Process server, int port, String name) throws Exception {
		long limit = System.nanoTime() + START_LIMIT.toNanos();
		while (System.nanoTime() < limit) {
			if (!server.isAlive()) {
				// The log is in a temporary folder, gone after the test: its end goes in
				// the failure.
				List<String> log = Files.readAllLines(this.dir.resolve(name + ".log"));
				assertThat(server.isAlive())
					.as("the server exited with %d; the end of its log:%n%s", server.exitValue(),
							String.join("\n", log.subList(Math.max(0, log.size() - 40), log.size())))
					.isTrue();
			}
			try {
				HttpResponse<Void> health = this.http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYetListening) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the server did not become healthy within " + START_LIMIT);
	}

	private Load load(int port, int clients, long until) throws InterruptedException {
		Load load = new Load(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			int first = i;
			threads.add(started(() -> {
				for (int k = first; System.nanoTime() < until; k++) {
					long start = System.nanoTime();
					try {
						String answer = post(port, MIX.get(k % MIX.size()));
						if (answer.contains("\"errors\"")) {
							load.errors().add(answer);
						}
					}
					catch (Exception ex) {
						load.errors().add(ex.toString());
					}
					load.latencies().add(System.nanoTime() - start);
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return load;
	}

	private void read(int port, int first, AtomicBoolean stop, AtomicInteger answered) {
		for (int k = first; !stop.get(); k++) {
			try {
				post(port, MIX.get(k % MIX.size()));
				answered.incrementAndGet();
			}
			catch (Exception killed) {
				return;
			}
		}
	}

	private String post(int port, String query) throws IOException, InterruptedException {
		String body = "{\"query\":" + quoted(query) + "}";
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.timeout(Duration.ofMinutes(2))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	private static long residentMegabytes(Process process) throws IOException {
		return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))
			.stream()
			.filter(line -> line.startsWith("VmRSS:"))
			.mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
			.findFirst()
			.orElse(-1);
	}

	private static Thread started(Runnable client) {
		Thread thread = new Thread(client, "load-client");
		thread.start();
		return thread;
	}

	record Load(Queue<Long> latencies, Queue<String> errors) {

		long percentile(int p) {
			List<Long> sorted = this.latencies.stream().sorted().toList();
			return sorted.isEmpty() ? 0
					: TimeUnit.NANOSECONDS.toMillis(sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)));
		}

	}

}
