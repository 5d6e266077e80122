package io.littlegiants.kb.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.littlegiants.kb.KnowledgeBaseApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.exceptions.TransientException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubcommandsTests {

	@TempDir
	Path dir;

	@Test
	void generateWritesItsFilesWithoutStartingADatabase() {
		Path data = this.dir.resolve("never-created");
		Path out = this.dir.resolve("pyramid");
		int code = Subcommands.run(KnowledgeBaseApplication.class, new String[] { "generate", "--firms", "20", "--seed",
				"3", "--out", out.toString(), "--kb.embedded.data-dir=" + data });
		assertThat(code).isZero();
		assertThat(out.resolve("organizations.csv")).exists();
		assertThat(out.resolve("relations.csv")).exists();
		assertThat(data).as("no database was started").doesNotExist();
		assertThat(Subcommands.run(KnowledgeBaseApplication.class, new String[] { "generate", "--firms", "20" }))
			.as("neither --out nor --load")
			.isEqualTo(2);
	}

	@Test
	void aCommandOnAStoreAnotherProcessHoldsExitsWithItsOwnCode() {
		Path data = this.dir.resolve("data").toAbsolutePath().normalize();
		DatabaseManagementService holder = new DatabaseManagementServiceBuilder(data).build();
		try {
			int code = Subcommands.run(KnowledgeBaseApplication.class,
					new String[] { "check", "--kb.embedded.data-dir=" + data, "--kb.embedded.bolt-port=0" });
			assertThat(code).isEqualTo(Subcommands.STORE_LOCKED);
		}
		finally {
			holder.shutdown();
		}
	}

	@Test
	void aCommandTheDatabaseStopsSaysWhyInOneLineWithTheSettingToChange() {
		StringWriter err = new StringWriter();
		CommandLine command = Subcommands.commandLine(new StoppedByTheDatabase()).setErr(new PrintWriter(err));

		int code = command.execute();

		assertThat(code).isEqualTo(Subcommands.DATABASE_STOPPED);
		assertThat(err.toString()).startsWith("stopped: the database stopped it. The allocation of an extra 24.0 MiB "
				+ "would use more than the limit 512.0 MiB. (Neo.TransientError.General.MemoryPoolOutOfMemoryError). ")
			.contains("--kb.embedded.transaction-memory=2g")
			.doesNotContain("\tat ");
	}

	@Test
	void aStartThatFailsInTheDatabaseOrOnARefusedSettingSaysWhyInOneLineAndOtherFailuresAreRethrown() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		// As the start's dataset load fails at 10 MiB of transaction memory: deep in
		// Spring's bean creation exceptions.
		RuntimeException stopped = new IllegalStateException("Error creating bean with name 'startupLoader'",
				new TransientException("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
						"The allocation of an extra 2.0 MiB would use more than the limit 10.0 MiB."));

		int code = Subcommands.startFailure(stopped, new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(code).isEqualTo(Subcommands.DATABASE_STOPPED);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.startsWith("The start failed in the database (the schema or the shipped dataset): The allocation")
			.contains("--kb.embedded.transaction-memory=2g");
		ByteArrayOutputStream refused = new ByteArrayOutputStream();
		String reason = "Error evaluating value for setting 'dbms.memory.transaction.total.max'. Failed to validate "
				+ "'3145728' for 'dbms.memory.transaction.total.max': does not fulfill any of is minimum `10.00MiB` or is `0B`";
		RuntimeException setting = new IllegalStateException("Error creating bean with name 'embeddedNeo4j'",
				new IllegalArgumentException(reason, new IllegalArgumentException("does not fulfill any of ...")));
		assertThat(Subcommands.startFailure(setting, new PrintStream(refused, true, StandardCharsets.UTF_8)))
			.as("wrong usage")
			.isEqualTo(2);
		assertThat(refused.toString(StandardCharsets.UTF_8)).isEqualTo(
				"The embedded database refused a setting (given as kb.embedded.*): " + reason + System.lineSeparator());
		IllegalStateException bug = new IllegalStateException("a bug");
		assertThatThrownBy(() -> Subcommands.startFailure(bug, new PrintStream(err))).isSameAs(bug);
	}

	@Test
	void aCommandThatFailsForAnyOtherReasonKeepsItsStackTrace() {
		StringWriter err = new StringWriter();
		CommandLine command = Subcommands.commandLine(new Buggy()).setErr(new PrintWriter(err));

		assertThat(command.execute()).isEqualTo(CommandLine.ExitCode.SOFTWARE);
		assertThat(err.toString()).contains("java.lang.IllegalStateException: a bug", "\tat ");
	}

	@Command(name = "buggy")
	static class Buggy implements Callable<Integer> {

		@Override
		public Integer call() {
			throw new IllegalStateException("a bug");
		}

	}

	/**
	 * A command whose transaction the database stops on its memory limit, as it does at
	 * scale.
	 */
	@Command(name = "stopped")
	static class StoppedByTheDatabase implements Callable<Integer> {

		@Override
		public Integer call() {
			// Wrapped: the reason is found however deep it lies.
			throw new IllegalStateException(
					new TransientException("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
							"The allocation of an extra 24.0 MiB would use more than the limit 512.0 MiB."));
		}

	}

}
