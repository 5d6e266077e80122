package io.littlegiants.kb.finance;

import java.util.List;
import java.util.Set;

import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.InvalidInputException;
import io.littlegiants.kb.common.NamedQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money reaching certified firms, by channel, tier, year, province and exchange.
 */
@Service
@Transactional(readOnly = true)
public class FinanceService {

	static final Set<String> GROUP_KEYS = Set.of("CHANNEL", "TIER", "YEAR", "PROVINCE", "EXCHANGE");

	private final NamedQueries queries;

	FinanceService(NamedQueries queries) {
		this.queries = queries;
	}

	/** {@code cypher/queries/capital-flows.cypher} and {@code listing-shares.cypher}. */
	public CapitalFlows capitalFlows(List<String> groupBy, String exchangeId, List<String> exclude) {
		List<String> keys = groupBy == null ? List.of("CHANNEL") : groupBy;
		keys.stream().filter(k -> !GROUP_KEYS.contains(k)).findFirst().ifPresent(k -> {
			throw new InvalidInputException("groupBy", "cannot group by " + k + "; use " + GROUP_KEYS);
		});
		List<CapitalFlows.Group> groups = this.queries
			.run("capital-flows", Analysis.parameters("groupBy", keys, "exclude", exclude))
			.stream()
			.map(r -> new CapitalFlows.Group(Graph.str(r, "channel"), Graph.str(r, "tier"), Graph.integer(r, "year"),
					Graph.str(r, "province"), Graph.str(r, "exchange"), Graph.str(r, "currency"),
					Graph.decimal(r, "amount"), Graph.integer(r, "flows"), Graph.integer(r, "firms"),
					Graph.integer(r, "unverifiedFacts"), Graph.integer(r, "lowAuthorityFacts")))
			.toList();
		List<CapitalFlows.ListingShare> shares = this.queries
			.run("listing-shares", Analysis.parameters("exchangeId", exchangeId, "exclude", exclude))
			.stream()
			.map(r -> new CapitalFlows.ListingShare(Graph.str(r, "exchangeId"), Graph.str(r, "exchange"),
					Graph.integer(r, "year"), Graph.integer(r, "listings"), Graph.integer(r, "certifiedListings")))
			.toList();
		return new CapitalFlows(keys, groups, shares);
	}

}
