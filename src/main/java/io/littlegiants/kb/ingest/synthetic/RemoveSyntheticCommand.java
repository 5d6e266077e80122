package io.littlegiants.kb.ingest.synthetic;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/**
 * {@code remove-synthetic}: deletes every synthetic fact and source from the configured
 * database ({@link SyntheticData}).
 */
@Command(name = "remove-synthetic", mixinStandardHelpOptions = true,
		description = "Deletes every synthetic fact (generated pyramids, lists imported with --synthetic), the "
				+ "synthetic sources and their imports' journal from the configured database. Real facts keep "
				+ "their real sources.",
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:removed", "2:wrong usage",
				"4:the database stopped it (its reason is printed); run it again to finish" })
public class RemoveSyntheticCommand implements Callable<Integer> {

	private final SyntheticData synthetic;

	private final PrintStream console;

	public RemoveSyntheticCommand(SyntheticData synthetic, PrintStream console) {
		this.synthetic = synthetic;
		this.console = console;
	}

	@Override
	public Integer call() {
		long started = System.nanoTime();
		this.synthetic.remove((step, count) -> {
			this.console.printf("  %-62s %,12d  %7.1f s%n", step, count, (System.nanoTime() - started) / 1e9);
			this.console.flush();
		});
		this.console.printf("remove-synthetic: done in %.1f s%n", (System.nanoTime() - started) / 1e9);
		return 0;
	}

}
