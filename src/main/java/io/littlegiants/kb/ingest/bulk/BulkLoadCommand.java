package io.littlegiants.kb.ingest.bulk;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code bulk-load FOLDER}: a new embedded database from the files {@code generate}
 * writes, with Neo4j's offline importer ({@link BulkLoader}). The application then starts
 * once on it (schema, indexes, the shipped dataset) before the command returns.
 */
@Command(name = "bulk-load", mixinStandardHelpOptions = true,
		description = "Builds a new embedded database (--kb.embedded.data-dir, an empty folder) from FOLDER, the "
				+ "files generate writes, with Neo4j's offline importer, then applies the schema and loads the "
				+ "shipped dataset. For a pyramid of a million firms; to add to an existing database use "
				+ "generate --load.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:loaded and ready", "1:input refused, nothing written", "2:wrong usage" })
public class BulkLoadCommand implements Callable<Integer> {

	@Parameters(paramLabel = "FOLDER", description = "the folder generate --out wrote")
	Path input;

	private final Path home;

	private final boolean externalDatabase;

	private final PrintStream console;

	/**
	 * @param home the embedded data folder the store is built in
	 * @param externalDatabase whether {@code spring.neo4j.uri} names a server (refused)
	 */
	public BulkLoadCommand(Path home, boolean externalDatabase, PrintStream console) {
		this.home = home;
		this.externalDatabase = externalDatabase;
		this.console = console;
	}

	@Override
	public Integer call() {
		if (this.externalDatabase) {
			this.console.println("bulk-load: builds an embedded store and cannot write to a server "
					+ "(spring.neo4j.uri); load a server with neo4j-admin database import, or use generate --load");
			return 2;
		}
		try {
			BulkLoader.Report report = new BulkLoader().load(this.input, this.home.toAbsolutePath().normalize(),
					this.console);
			this.console.printf("bulk-load: %,d rows in %.1f s (%,.0f rows/s) into %s%n", report.rows(),
					report.seconds(), report.rows() / Math.max(report.seconds(), 1e-9), this.home);
			return 0;
		}
		catch (BulkLoadException ex) {
			this.console.println("bulk-load: " + ex.getMessage());
			return 1;
		}
	}

}
