package io.littlegiants.kb.supplychain;

import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.Sourced;
import io.littlegiants.kb.firm.Organization;

/**
 * A relationship between two organizations (supply, investment, listing, ...), seen from
 * one of them: {@code counterpart} is the organization at the other end.
 */
public record Relationship(String id, String type, String direction, Organization counterpart, String product,
		List<String> hsCodes, String since, String until, String date, Double amount, String currency, String round,
		String board, String ticker, String notes, Confidence confidence, List<String> sourceIds) implements Sourced {

	/**
	 * The day a page of relationships is ordered by: {@code since}, else {@code date},
	 * else {@code ""} (undated, last).
	 */
	public String pageDay() {
		return (this.since != null) ? this.since : (this.date != null) ? this.date : "";
	}

	public static Relationship from(String direction, Map<String, Object> rel, Organization counterpart) {
		return new Relationship(Graph.str(rel, "id"), Graph.str(rel, "type"), direction, counterpart,
				Graph.str(rel, "product"), Graph.strings(rel, "hsCodes"), Graph.str(rel, "since"),
				Graph.str(rel, "until"), Graph.str(rel, "date"), Graph.decimal(rel, "amount"),
				Graph.str(rel, "currency"), Graph.str(rel, "round"), Graph.str(rel, "board"), Graph.str(rel, "ticker"),
				Graph.str(rel, "notes"), Graph.constant(rel, "confidence", Confidence.class),
				Graph.strings(rel, "sourceIds"));
	}

}
