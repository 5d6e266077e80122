package io.littlegiants.kb.ingest.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did to one file: counts, errors, resolution decisions and speed.
 */
public class ImportReport {

	final String file;

	long rows;

	long created;

	long updated;

	long unchanged;

	long rejected;

	long merged;

	long ambiguous;

	long skippedAsDone;

	long writtenUncompared;

	boolean written;

	boolean alreadyImported;

	double seconds;

	final List<RowError> errors = new ArrayList<>();

	final List<String> decisions = new ArrayList<>();

	ImportReport(String file) {
		this.file = file;
	}

	public String file() {
		return this.file;
	}

	public long rows() {
		return this.rows;
	}

	public long created() {
		return this.created;
	}

	public long updated() {
		return this.updated;
	}

	public long unchanged() {
		return this.unchanged;
	}

	public long rejected() {
		return this.rejected;
	}

	public long merged() {
		return this.merged;
	}

	public long ambiguous() {
		return this.ambiguous;
	}

	/** Whether anything was written (false for dry runs and rejected files). */
	public boolean written() {
		return this.written;
	}

	public List<RowError> errors() {
		return this.errors;
	}

	public List<String> decisions() {
		return this.decisions;
	}

	/** Both passes, checking and writing. */
	public double seconds() {
		return this.seconds;
	}

	public double rowsPerSecond() {
		return this.seconds == 0 ? 0 : this.rows / this.seconds;
	}

	/** The summary line printed at the end of an import. */
	public String summary() {
		return "%s: %d rows, created %d, updated %d, unchanged %d, rejected %d, merged %d, ambiguous %d%s%s%s (%.1f s, %.0f rows/s)"
			.formatted(this.file, this.rows, this.created, this.updated, this.unchanged, this.rejected, this.merged,
					this.ambiguous, this.writtenUncompared > 0 ? ", written " + this.writtenUncompared : "",
					this.skippedAsDone > 0 ? ", resumed after " + this.skippedAsDone + " rows done before"
							: this.alreadyImported ? ", imported before: checked again" : "",
					this.written ? "" : ", nothing written", this.seconds, rowsPerSecond());
	}

}
