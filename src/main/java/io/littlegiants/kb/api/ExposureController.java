package io.littlegiants.kb.api;

import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.littlegiants.kb.common.Analysis.Bounded;
import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.InvalidInputException;
import io.littlegiants.kb.common.Today;
import io.littlegiants.kb.coverage.CoverageService;
import io.littlegiants.kb.exposure.EuExposure;
import io.littlegiants.kb.exposure.ExposureAnalysis;
import io.littlegiants.kb.exposure.ImportSubstitute;
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

	/** The fields of euExposure that need each exporter's explanation. */
	private static final List<String> EXPLANATION = List.of("warnings", "exporters/exposedProducts",
			"exporters/sharedChineseCustomers", "exporters/documentedRivals");

	private final ExposureAnalysis exposure;

	private final Today today;

	private final Arguments arguments;

	private final CoverageService coverage;

	ExposureController(ExposureAnalysis exposure, Today today, Arguments arguments, CoverageService coverage) {
		this.exposure = exposure;
		this.today = today;
		this.arguments = arguments;
		this.coverage = coverage;
	}

	@QueryMapping
	Bounded<ImportSubstitute> importSubstitutes(@Argument String hsCode, @Argument String foreignFirmId,
			@Argument boolean activeOnly, @Argument List<Confidence> excludeConfidence, @Argument int first,
			DataFetchingEnvironment environment) {
		if (hsCode == null && foreignFirmId == null) {
			throw new InvalidInputException("hsCode", "give an hsCode, a foreignFirmId or both");
		}
		List<String> exclude = Answers.excluded(excludeConfidence);
		return Answers.withCoverage(environment,
				this.exposure.importSubstitutes(this.arguments.hsCode("hsCode", hsCode),
						this.arguments.organization("foreignFirmId", foreignFirmId), activeOnly, this.today.date(),
						exclude, Answers.rows(first)),
				() -> this.coverage.importSubstitutes(exclude));
	}

	/**
	 * The exporter's China revenue as published: revenue, not exports, and not in the
	 * score.
	 */
	@SchemaMapping(typeName = "ExposedExporter")
	Organization.ChinaRevenue valueAtStake(EuExposure.Exporter exporter) {
		return exporter.exporter().chinaRevenue();
	}

	/**
	 * Whether the request shows the exporters' explanations, or the warnings, which count
	 * the facts in them: a ranking asked without them is read from the kept counts alone.
	 */
	private static boolean explained(DataFetchingEnvironment environment) {
		DataFetchingFieldSelectionSet selection = environment.getSelectionSet();
		return EXPLANATION.stream().anyMatch(selection::contains);
	}

	@QueryMapping
	EuExposure euExposure(@Argument String country, @Argument String sector, @Argument String hsCode,
			@Argument EuExposure.Weights weights, @Argument boolean activeOnly,
			@Argument List<Confidence> excludeConfidence, @Argument int first, @Argument int makersPerCode,
			DataFetchingEnvironment environment) {
		String countryCode = this.arguments.euCountry("country", country);
		LocalDate today = this.today.date();
		List<String> exclude = Answers.excluded(excludeConfidence);
		return Answers.withCoverage(environment,
				this.exposure.euExposure(countryCode, this.arguments.sector("sector", sector),
						this.arguments.hsCode("hsCode", hsCode), weights, activeOnly, today, exclude,
						Answers.rows(first), Answers.makersPerCode(makersPerCode), explained(environment)),
				() -> this.coverage.euExposure(countryCode, exclude, activeOnly, today));
	}

}
