package io.littlegiants.kb.quality;

import java.util.List;

/**
 * What one invariant found.
 *
 * @param check the check's file name without number and extension, e.g.
 * {@code dates-possible}
 * @param invariant what must hold, in words (the file's header comment)
 * @param count how many facts violate it
 * @param examples the first violations, in order, one line each
 * @param failure why the check could not run (the database's message and code), or null
 * when it ran; a check that could not run proves nothing, so it does not hold
 */
public record Violations(String check, String invariant, int count, List<String> examples, String failure) {

	/** What a check that ran found. */
	public Violations(String check, String invariant, int count, List<String> examples) {
		this(check, invariant, count, examples, null);
	}

	/** A check the database could not run. */
	static Violations couldNotRun(String check, String invariant, String failure) {
		return new Violations(check, invariant, 0, List.of(), failure);
	}

	/** Whether the check ran and the invariant holds. */
	public boolean holds() {
		return ran() && this.count == 0;
	}

	/** Whether the database answered the check. */
	public boolean ran() {
		return this.failure == null;
	}

}
