package io.littlegiants.kb.ingest;

import org.springframework.stereotype.Component;

/**
 * Where the start-up load of the shipped dataset stands. While the first load runs in the
 * background the server already answers health checks, and GraphQL says that the data is
 * loading instead of answering from half a graph.
 */
@Component
public class DatasetState {

	/** The load's phases. */
	public enum Phase {

		/** The schema or the dataset is being loaded. */
		LOADING,
		/** Loaded (or nothing to load): answers are complete. */
		READY,
		/** The load failed: see the log and {@link #detail()}. */
		FAILED

	}

	private volatile Phase phase = Phase.LOADING;

	private volatile String detail = "applying the schema";

	public Phase phase() {
		return this.phase;
	}

	/** What is being done, or what failed, in words. */
	public String detail() {
		return this.detail;
	}

	public void loading(String detail) {
		this.phase = Phase.LOADING;
		this.detail = detail;
	}

	public void ready(String detail) {
		this.phase = Phase.READY;
		this.detail = detail;
	}

	public void failed(String detail) {
		this.phase = Phase.FAILED;
		this.detail = detail;
	}

}
