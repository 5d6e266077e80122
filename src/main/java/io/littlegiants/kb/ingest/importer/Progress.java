package io.littlegiants.kb.ingest.importer;

import java.io.PrintStream;

/**
 * Progress on the console for long files: rows done, rows per second, time left; at most
 * one line every two seconds, or one line per committed batch when verbose.
 */
final class Progress {

	private static final long QUIET_NANOS = 2_000_000_000L;

	private final String file;

	private final long total;

	private final PrintStream console;

	private final boolean verbose;

	private final long started = System.nanoTime();

	private long lastPrinted = System.nanoTime();

	Progress(String file, long total, PrintStream console, boolean verbose) {
		this.file = file;
		this.total = total;
		this.console = console;
		this.verbose = verbose;
	}

	/**
	 * A batch ending at row {@code done} is committed: it is in the graph and in the
	 * run's journal, so a crashed import resumes after it.
	 */
	void committed(long done) {
		long now = System.nanoTime();
		if (this.verbose) {
			this.console.printf("%s: rows up to %,d committed%n", this.file, done);
		}
		if (now - this.lastPrinted < QUIET_NANOS) {
			return;
		}
		this.lastPrinted = now;
		double seconds = (now - this.started) / 1e9;
		double rate = done / Math.max(seconds, 1e-9);
		long left = rate == 0 ? 0 : (long) ((this.total - done) / rate);
		this.console.printf("%s: %,d of %,d rows (%.0f%%), %,.0f rows/s, about %d s left%n", this.file, done,
				this.total, 100.0 * done / Math.max(this.total, 1), rate, left);
	}

}
