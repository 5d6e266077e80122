package io.littlegiants.kb;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Assumptions;
import org.neo4j.driver.summary.Plan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programs tests drive (Node.js, npm, Chromium, nbconvert, a second JVM) and the
 * ports they listen on.
 */
public final class TestTools {

	private TestTools() {
	}

	/**
	 * A Debian program a test drives. On a developer's machine without it the test is
	 * skipped; in CI (which installs it, see .ci/run) its absence fails the test.
	 */
	public static Path requireTool(String path) {
		Path tool = Path.of(path);
		if (!Files.isExecutable(tool)) {
			assertThat(System.getenv("CI")).as("CI must install " + path + " (.ci/run does)").isNull();
			Assumptions.abort("no " + path + " on this machine");
		}
		return tool;
	}

	/** Runs a program in a folder and returns its output; fails unless it exits 0. */
	public static String run(Path dir, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
		return output;
	}

	/** A port free on this machine a moment ago, for a server a test starts. */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * The operators of a plan and of all its children, by name without the database
	 * ({@code NodeIndexSeek}, not {@code NodeIndexSeek@neo4j}), for plan tests.
	 */
	public static Set<String> operators(Plan plan) {
		Set<String> operators = new TreeSet<>();
		collect(plan, operators);
		return operators;
	}

	/**
	 * The operators of a plan and of all its children, each with its details, e.g.
	 * {@code NodeIndexSeek@neo4j c:Certification(tier) WHERE tier = $tier}: which index a
	 * seek uses, which keys a sort takes.
	 */
	public static Set<String> operatorsWithDetails(Plan plan) {
		Set<String> operators = new TreeSet<>();
		operators.add(plan.operatorType() + " "
				+ plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.value("")).asString());
		plan.children().forEach(child -> operators.addAll(operatorsWithDetails(child)));
		return operators;
	}

	private static void collect(Plan plan, Set<String> operators) {
		operators.add(plan.operatorType().replaceFirst("@.*", ""));
		plan.children().forEach(child -> collect(child, operators));
	}

}
