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
 */
public record Violations(String check, String invariant, int count, List<String> examples) {

	/** Whether the invariant holds. */
	public boolean holds() {
		return this.count == 0;
	}

}
