package io.littlegiants.kb.quality;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.littlegiants.kb.common.DatabaseFailure;
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
		exitCodeList = { "0:every invariant holds", "1:an invariant is violated", "2:wrong usage",
				"4:a check could not run (the database's error is printed); the others ran" })
public class CheckCommand implements Callable<Integer> {

	/**
	 * Exit code when the database could not run a check: the code of any command the
	 * database stopped.
	 */
	static final int COULD_NOT_RUN = DatabaseFailure.EXIT_CODE;

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
		long started = System.nanoTime();
		List<Violations> results = new ArrayList<>();
		// Each result is printed as it comes: the whole gate takes minutes at a million
		// firms.
		this.gate.run((this.today != null) ? this.today : LocalDate.now(), Math.max(this.examples, 0), result -> {
			results.add(result);
			print(result);
		});
		long violated = results.stream().filter(r -> r.ran() && !r.holds()).count();
		long notRun = results.stream().filter(r -> !r.ran()).count();
		this.console.printf("check: %d invariants, %d violated%s, in %.1f s%n", results.size(), violated,
				(notRun > 0) ? ", " + notRun + " could not be checked" : "", (System.nanoTime() - started) / 1e9);
		if (notRun > 0) {
			return COULD_NOT_RUN;
		}
		return (violated == 0) ? 0 : 1;
	}

	private void print(Violations result) {
		if (!result.ran()) {
			this.console.printf("ERROR %s: could not be checked. %s%n        %s%n", result.check(), result.invariant(),
					result.failure());
		}
		else if (result.holds()) {
			this.console.printf("ok    %s: %s%n", result.check(), result.invariant());
		}
		else {
			this.console.printf("FAIL  %s: %,d violations. %s%n", result.check(), result.count(), result.invariant());
			result.examples().forEach(example -> this.console.println("        " + example));
			if (result.count() > result.examples().size()) {
				this.console.printf("        ... and %,d more%n", result.count() - result.examples().size());
			}
		}
		this.console.flush();
	}

}
