package io.littlegiants.kb.api;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.coverage.CoverageService;
import io.littlegiants.kb.finance.CapitalFlows;
import io.littlegiants.kb.finance.CapitalGroupKey;
import io.littlegiants.kb.finance.FinanceService;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
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
	CapitalFlows capitalFlows(@Argument List<CapitalGroupKey> groupBy, @Argument String exchange,
			@Argument List<Confidence> excludeConfidence, DataFetchingEnvironment environment) {
		List<String> exclude = Answers.excluded(excludeConfidence);
		return Answers.withCoverage(environment, this.finance.capitalFlows(groupBy, exchange, exclude),
				() -> this.coverage.capitalFlows(exclude));
	}

	/** The flows summed in a group, by relationship id. */
	@SchemaMapping(typeName = "CapitalGroup")
	Connection<CapitalFlows.Flow> facts(CapitalFlows.Group group, @Argument int first, @Argument String after) {
		String kind = "capital-flows";
		List<String> position = Cursors.decode(kind, after, 1);
		Analysis.Page<CapitalFlows.Flow> page = this.finance.flowsOf(group, (position == null) ? null : position.get(0),
				Cursors.pageSize(first, FirmController.MAX_PAGE));
		return Cursors.connection(page, kind, flow -> flow.relationship().id(), position != null);
	}

}
