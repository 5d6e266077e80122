package io.littlegiants.kb.ops;

import io.littlegiants.kb.ingest.DatasetState;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code dataset} part of {@code /actuator/health}: LOADING (HTTP 503) while the
 * shipped dataset loads, with the file being loaded; UP once answers are complete; DOWN
 * when the load failed.
 */
@Component("dataset")
class DatasetHealthIndicator implements HealthIndicator {

	/** Not yet serving complete answers; ordered and mapped to 503 in application.yml. */
	static final Status LOADING = new Status("LOADING", "the shipped dataset is loading");

	private final DatasetState state;

	DatasetHealthIndicator(DatasetState state) {
		this.state = state;
	}

	@Override
	public Health health() {
		Health.Builder health = switch (this.state.phase()) {
			case LOADING -> Health.status(LOADING);
			case READY -> Health.up();
			case FAILED -> Health.down();
		};
		return health.withDetail("state", this.state.phase().name()).withDetail("detail", this.state.detail()).build();
	}

}
