package io.littlegiants.kb.ingest.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.littlegiants.kb.ingest.DatasetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.util.FileSystemUtils;

/**
 * {@code generate}: writes a synthetic cultivation pyramid ({@link PyramidGenerator}) to
 * a folder, and with {@code --load} loads it into the configured database as the dataset
 * {@code synthetic-SEED-FIRMS}.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Writes a synthetic cultivation pyramid in the project's CSV layouts: FIRMS innovative SMEs, "
				+ "one in ten also specialized, one in a hundred a Little Giant, one in a thousand a champion, with "
				+ "anchor customers, EU exporters, universities, banks and funds, and skewed supply chains. Every "
				+ "fact is SYNTHETIC with a synthetic source; remove-synthetic deletes it all. The same firms and "
				+ "seed give the same files.",
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:written (and loaded)", "2:wrong usage",
				"4:the database stopped the load (its reason is printed)" })
public class GenerateCommand implements Callable<Integer> {

	@Option(names = "--firms", required = true, description = "innovative SMEs, the base of the pyramid (10 or more)")
	int firms;

	@Option(names = "--seed", defaultValue = "1", description = "the seed every choice derives from (default: 1)")
	long seed;

	@Option(names = "--out",
			description = "folder to write the CSV files to (default: a temporary folder, deleted after --load)")
	Path out;

	@Option(names = "--load",
			description = "load the files into the configured database (embedded, or --spring.neo4j.uri) through "
					+ "the importer; for a new database of a million firms use bulk-load instead")
	boolean load;

	private final Supplier<DatasetLoader> loader;

	private final PrintStream console;

	/**
	 * @param loader the running application's loader, asked for only with {@code --load}
	 */
	public GenerateCommand(Supplier<DatasetLoader> loader, PrintStream console) {
		this.loader = loader;
		this.console = console;
	}

	/** Whether these arguments need the database started before the command runs. */
	public static boolean needsDatabase(String[] args) {
		return Arrays.asList(args).contains("--load");
	}

	@Override
	public Integer call() throws IOException {
		if (this.firms < 10) {
			this.console.println("generate: --firms must be 10 or more");
			return 2;
		}
		if (this.out == null && !this.load) {
			this.console.println("generate: give --out FOLDER, or --load to load into the database");
			return 2;
		}
		Path folder = (this.out != null) ? this.out : Files.createTempDirectory("kb-synthetic-");
		try {
			long started = System.nanoTime();
			PyramidGenerator generator = new PyramidGenerator(this.firms, this.seed);
			Map<String, Long> rows = generator.write(folder);
			long total = rows.values().stream().mapToLong(Long::longValue).sum();
			double seconds = (System.nanoTime() - started) / 1e9;
			rows.forEach((file, count) -> this.console.printf("  %-22s %,12d rows%n", file, count));
			this.console.printf("generate: %,d rows in %s (%.1f s), source %s%n", total, folder.toAbsolutePath(),
					seconds, generator.sourceId());
			if (this.load) {
				String dataset = "synthetic-" + this.seed + "-" + this.firms;
				var report = this.loader.get().load(dataset, "file:" + folder.toAbsolutePath() + "/");
				this.console.printf("generate: loaded as dataset %s: %,d rows in %.1f s%n", dataset, report.rows(),
						(System.nanoTime() - started) / 1e9 - seconds);
			}
			return 0;
		}
		finally {
			if (this.out == null) {
				deleteFolder(folder);
			}
		}
	}

	private static void deleteFolder(Path folder) {
		try {
			FileSystemUtils.deleteRecursively(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + folder, ex);
		}
	}

}
