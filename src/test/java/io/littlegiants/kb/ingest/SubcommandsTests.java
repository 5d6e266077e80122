package io.littlegiants.kb.ingest;

import java.nio.file.Path;

import io.littlegiants.kb.KnowledgeBaseApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

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

}
