package io.littlegiants.kb.finance;

import java.util.List;

import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.NamedQueries;
import io.littlegiants.kb.firm.Organization;
import io.littlegiants.kb.supplychain.Relationship;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money reaching certified firms, by channel, tier, year, province and exchange.
 */
@Service
@Transactional(readOnly = true)
public class FinanceService {

	private final NamedQueries queries;

	FinanceService(NamedQueries queries) {
		this.queries = queries;
	}

	/** {@code cypher/queries/capital-flows.cypher} and {@code listing-shares.cypher}. */
	public CapitalFlows capitalFlows(List<CapitalGroupKey> keys, String exchangeId, List<String> exclude) {
		List<CapitalFlows.Group> groups = this.queries
			.runCached("capital-flows", Analysis.parameters("groupBy", keys, "exclude", exclude))
			.stream()
			.map(r -> new CapitalFlows.Group(Graph.str(r, "channel"), Graph.str(r, "tier"), Graph.integer(r, "year"),
					Graph.str(r, "province"), Graph.str(r, "exchange"), Graph.str(r, "currency"),
					Graph.decimal(r, "amount"), Graph.integer(r, "flows"), Graph.integer(r, "firms"),
					Graph.integer(r, "unverifiedFacts"), Graph.integer(r, "lowAuthorityFacts"), keys, exclude))
			.toList();
		List<CapitalFlows.ListingShare> shares = this.queries
			.runCached("listing-shares", Analysis.parameters("exchangeId", exchangeId, "exclude", exclude))
			.stream()
			.map(r -> new CapitalFlows.ListingShare(Graph.str(r, "exchangeId"), Graph.str(r, "exchange"),
					Graph.integer(r, "year"), Graph.integer(r, "listings"), Graph.integer(r, "certifiedListings")))
			.toList();
		return new CapitalFlows(keys, groups, shares);
	}

	/**
	 * {@code cypher/queries/capital-flow-facts.cypher}: the flows summed in a group, by
	 * relationship id.
	 * @param afterId the last relationship id of the previous page, or null
	 */
	public Analysis.Page<CapitalFlows.Flow> flowsOf(CapitalFlows.Group group, String afterId, int rows) {
		List<CapitalFlows.Flow> flows = this.queries.runCached("capital-flow-facts",
				Analysis.parameters("groupBy", group.groupBy(), "channel", group.channel(), "tier", group.tier(),
						"year", group.year(), "province", group.province(), "exchange", group.exchange(), "currency",
						group.currency(), "exclude", group.exclude(), "after", afterId, "limit", rows + 1))
			.stream()
			.map(flow -> new CapitalFlows.Flow(Organization.from(Graph.map(flow.get("firm"))),
					Graph.str(flow, "channel"),
					Relationship.from(Graph.str(flow, "direction"), Graph.map(flow.get("relationship")),
							Organization.from(Graph.map(flow.get("counterpart"))))))
			.toList();
		// The flows of the group are those it counted.
		return Analysis.Page.of(flows, rows, group.flows());
	}

}
