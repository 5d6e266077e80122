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
