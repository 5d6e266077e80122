package io.littlegiants.kb.ingest;

import java.io.PrintWriter;
import java.io.StringWriter;
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
