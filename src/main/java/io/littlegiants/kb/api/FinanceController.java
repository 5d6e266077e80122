package io.littlegiants.kb.api;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.coverage.CoverageService;
import io.littlegiants.kb.finance.CapitalFlows;
import io.littlegiants.kb.finance.FinanceService;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Money reaching certified firms.
 */
@Controller
class FinanceController {

	private final FinanceService finance;

	private final CoverageService coverage;

	FinanceController(FinanceService finance, CoverageService coverage) {
		this.finance = finance;
		this.coverage = coverage;
	}

	@QueryMapping
	CapitalFlows capitalFlows(@Argument List<String> groupBy, @Argument String exchange,
			@Argument List<Confidence> excludeConfidence, DataFetchingEnvironment environment) {
		List<String> exclude = Answers.excluded(excludeConfidence);
		return Answers.withCoverage(environment, this.finance.capitalFlows(groupBy, exchange, exclude),
				() -> this.coverage.capitalFlows(exclude));
	}

}
