package io.littlegiants.kb.api;

import java.util.List;

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

	FinanceController(FinanceService finance) {
		this.finance = finance;
	}

	@QueryMapping
	CapitalFlows capitalFlows(@Argument List<String> groupBy, @Argument String exchange) {
		return this.finance.capitalFlows(groupBy, exchange);
	}

}
