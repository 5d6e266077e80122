package io.littlegiants.kb.quality;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code check}: the data-quality gate on the configured database (embedded or external).
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Checks the invariants every fact in the graph must keep: sources that exist and support its "
				+ "confidence, possible dates, codes that resolve, unique identifiers, synthetic data marked as such, "
				+ "and the MERICS report's claims attributed exactly. Prints each violated invariant with its count "
				+ "and examples.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every invariant holds", "1:an invariant is violated", "2:wrong usage" })
public class CheckCommand implements Callable<Integer> {

	@Option(names = "--examples", defaultValue = "10", description = "violations shown per invariant (default: 10)")
	int examples;

	@Option(names = "--today", description = "the day dates are checked against, yyyy-MM-dd (default: today)")
	LocalDate today;

	private final QualityGate gate;

	private final PrintStream console;

	public CheckCommand(QualityGate gate, PrintStream console) {
		this.gate = gate;
		this.console = console;
	}

	@Override
	public Integer call() {
		List<Violations> results = this.gate.run((this.today != null) ? this.today : LocalDate.now(),
				Math.max(this.examples, 0));
		long violated = results.stream().filter(r -> !r.holds()).count();
		for (Violations result : results) {
			if (result.holds()) {
				this.console.printf("ok    %s: %s%n", result.check(), result.invariant());
				continue;
			}
			this.console.printf("FAIL  %s: %,d violations. %s%n", result.check(), result.count(), result.invariant());
			result.examples().forEach(example -> this.console.println("        " + example));
			if (result.count() > result.examples().size()) {
				this.console.printf("        ... and %,d more%n", result.count() - result.examples().size());
			}
		}
		this.console.printf("check: %d invariants, %d violated%n", results.size(), violated);
		return (violated == 0) ? 0 : 1;
	}

}
