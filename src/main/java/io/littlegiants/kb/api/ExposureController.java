package io.littlegiants.kb.api;

import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Analysis.Bounded;
import io.littlegiants.kb.exposure.EuExposure;
import io.littlegiants.kb.exposure.ExposureAnalysis;
import io.littlegiants.kb.exposure.ImportSubstitute;
import io.littlegiants.kb.firm.FirmService;
import io.littlegiants.kb.firm.Organization;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Import substitutes and EU exposure.
 */
@Controller
class ExposureController {

	private final ExposureAnalysis exposure;

	private final FirmService firms;

	private final Arguments arguments;

	ExposureController(ExposureAnalysis exposure, FirmService firms, Arguments arguments) {
		this.exposure = exposure;
		this.firms = firms;
		this.arguments = arguments;
	}

	@QueryMapping
	Bounded<ImportSubstitute> importSubstitutes(@Argument String hsCode, @Argument String foreignFirmId,
			@Argument Boolean activeOnly, @Argument Integer first) {
		return this.exposure.importSubstitutes(this.arguments.hsCode("hsCode", hsCode),
				this.arguments.organization("foreignFirmId", foreignFirmId), Boolean.TRUE.equals(activeOnly),
				this.firms.today(), Analysis.rows("first", first, 100));
	}

	/**
	 * The exporter's China revenue as published: revenue, not exports, and not in the
	 * score.
	 */
	@SchemaMapping(typeName = "ExposedExporter")
	Organization.ChinaRevenue valueAtStake(EuExposure.Exporter exporter) {
		return exporter.exporter().chinaRevenue();
	}

	@QueryMapping
	EuExposure euExposure(@Argument String country, @Argument String sector, @Argument String hsCode,
			@Argument EuExposure.Weights weights, @Argument Boolean activeOnly, @Argument Integer first) {
		return this.exposure.euExposure(this.arguments.euCountry("country", country),
				this.arguments.sector("sector", sector), this.arguments.hsCode("hsCode", hsCode), weights,
				Boolean.TRUE.equals(activeOnly), this.firms.today(), Analysis.rows("first", first, 20));
	}

}
