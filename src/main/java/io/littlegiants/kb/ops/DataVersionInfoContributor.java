package io.littlegiants.kb.ops;

import java.util.Map;

import io.littlegiants.kb.catalog.CatalogService;
import io.littlegiants.kb.ingest.DatasetState;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Adds the data version to {@code /actuator/info}, beside the build's version: what a
 * monitor or an analyst cites with a figure.
 */
@Component
class DataVersionInfoContributor implements InfoContributor {

	private final CatalogService catalog;

	private final DatasetState state;

	DataVersionInfoContributor(CatalogService catalog, DatasetState state) {
		this.catalog = catalog;
		this.state = state;
	}

	@Override
	public void contribute(Info.Builder builder) {
		if (this.state.phase() == DatasetState.Phase.READY) {
			builder.withDetail("data", this.catalog.stats().data());
		}
		else {
			builder.withDetail("data", Map.of("state", this.state.phase().name()));
		}
	}

}
