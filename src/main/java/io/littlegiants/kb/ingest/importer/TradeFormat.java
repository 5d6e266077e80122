package io.littlegiants.kb.ingest.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;

/**
 * Trade flows from Eurostat Comext or UN Comtrade bulk CSV: reporter, partner, flow,
 * product code, period and value. Comext gives member-state declarants, CN8 products,
 * periods YYYYMM (or YYYY52 for the year) and values in EUR; Comtrade gives ISO alpha-3
 * countries, HS codes, years and values in USD. Each row becomes a TradeFlow; CN8
 * products are kept and classified by their HS subheading (the first six digits). Values
 * keep their currency.
 */
final class TradeFormat implements RowFormat {

	/** Aggregates accepted as reporters or partners besides ISO countries. */
	static final Set<String> AGGREGATES = Set.of("EU27", "EU28", "EU", "WORLD");

	private static final String WRITE = """
			UNWIND $rows AS r
			OPTIONAL MATCH (existing:TradeFlow {id: r.id})
			WITH r, existing IS NULL AS created,
			     existing IS NOT NULL AND (NOT $source IN existing.sourceIds OR existing.value <> r.props.value) AS changed
			MERGE (t:TradeFlow {id: r.id})
			ON CREATE SET t.sourceIds = [], t.confidence = $confidence
			SET t += r.props,
			    t.sourceIds = CASE WHEN $source IN t.sourceIds THEN t.sourceIds ELSE t.sourceIds + $source END
			WITH r, t, created, changed
			OPTIONAL MATCH (reporter:Country {code: r.props.reporter})
			OPTIONAL MATCH (partner:Country {code: r.props.partner})
			FOREACH (c IN CASE WHEN reporter IS NULL THEN [] ELSE [reporter] END | MERGE (t)-[:REPORTED_BY]->(c))
			FOREACH (c IN CASE WHEN partner IS NULL THEN [] ELSE [partner] END | MERGE (t)-[:PARTNER]->(c))
			RETURN r.row AS row, created, changed
			""";

	@Override
	public Map<String, List<String>> columns() {
		return Map.of("reporter", List.of("DECLARANT_ISO", "reporterISO", "reporter", "reporterCode_iso", "REPORTER"),
				"partner", List.of("PARTNER_ISO", "partnerISO", "partner", "PARTNER"), "flow",
				List.of("FLOW", "flowCode", "flow", "TRADE_FLOW"), "product",
				List.of("PRODUCT_NC", "cmdCode", "product", "PRODUCT", "hs_code"), "period",
				List.of("PERIOD", "period", "refYear", "year"), "valueEur",
				List.of("VALUE_IN_EUROS", "VALUE_EUR", "value_eur", "valueEur"), "valueUsd",
				List.of("primaryValue", "TradeValue", "value_usd", "valueUsd"));
	}

	@Override
	public List<String> required() {
		return List.of("reporter", "partner", "flow", "product", "period");
	}

	@Override
	public List<RowError> check(Row row, ImportContext context) {
		List<RowError> errors = new ArrayList<>();
		for (String column : List.of("reporter", "partner")) {
			if (row.has(column) && country(row.get(column), context) == null) {
				errors.add(context.error(row, column, "unknown country '" + row.get(column) + "'"));
			}
		}
		if (row.has("flow") && flow(row.get("flow")) == null) {
			errors.add(context.error(row, "flow",
					"unknown flow '" + row.get("flow") + "'; use 1/2, M/X or import/export"));
		}
		if (row.has("product")) {
			String product = row.get("product").replace(".", "");
			String hs = hs(product);
			if (!product.equalsIgnoreCase("TOTAL") && (hs == null || !context.reference().hsCodes.contains(hs))) {
				errors.add(context.error(row, "product", "unknown HS code '" + row.get("product") + "'"));
			}
		}
		if (row.has("period") && year(row.get("period")) == null) {
			errors.add(
					context.error(row, "period", "'" + row.get("period") + "' is not a period (YYYY, YYYYMM, YYYY52)"));
		}
		if (!row.has("valueEur") && !row.has("valueUsd")) {
			errors.add(context.error(row, "value", "no trade value"));
		}
		for (String column : List.of("valueEur", "valueUsd")) {
			if (row.has(column)) {
				String reason = Values.checkAmount(row.get(column));
				if (reason != null) {
					errors.add(context.error(row, column, reason));
				}
			}
		}
		return errors;
	}

	@Override
	public String duplicateKey(Row row) {
		return String.join("|", row.values().getOrDefault("reporter", ""), row.values().getOrDefault("partner", ""),
				String.valueOf(flow(row.values().getOrDefault("flow", ""))), row.values().getOrDefault("product", ""),
				row.values().getOrDefault("period", ""));
	}

	@Override
	public Map<Long, Status> write(TransactionContext tx, List<Row> batch,
			Map<Long, List<Resolver.Resolution>> resolutions, ImportContext context) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Row row : batch) {
			String product = row.get("product").replace(".", "");
			boolean total = product.equalsIgnoreCase("TOTAL");
			Map<String, Object> props = new HashMap<>();
			props.put("reporter", country(row.get("reporter"), context));
			props.put("partner", country(row.get("partner"), context));
			props.put("flow", flow(row.get("flow")));
			props.put("classification", total ? "TOTAL" : "HS");
			props.put("code", total ? "TOTAL" : hs(product));
			props.put("product", product);
			props.put("year", year(row.get("period")));
			props.put("month", month(row.get("period")));
			boolean euro = row.has("valueEur");
			double value = Values.amount(euro ? row.get("valueEur") : row.get("valueUsd"));
			props.put("value", value);
			props.put("currency", euro ? "EUR" : "USD");
			if (euro) {
				props.put("valueEur", value);
			}
			Map<String, Object> r = new HashMap<>();
			r.put("row", row.number());
			r.put("id", "trade-" + Hash.sha1(duplicateKey(row)).substring(0, 16));
			r.put("props", props);
			rows.add(r);
		}
		return RowFormat.writeAndCount(tx, WRITE, rows, context);
	}

	private static String country(String code, ImportContext context) {
		String c = code.strip().toUpperCase(Locale.ROOT);
		if (c.startsWith("EU27")) {
			return "EU27";
		}
		if (AGGREGATES.contains(c)) {
			return c;
		}
		if (c.equals("GR") || c.equals("EL")) {
			return "GR";
		}
		return context.reference().countries.get(c);
	}

	private static String flow(String flow) {
		return switch (flow.strip().toUpperCase(Locale.ROOT)) {
			case "1", "M", "IMPORT", "IMPORTS" -> "IMPORT";
			case "2", "X", "EXPORT", "EXPORTS" -> "EXPORT";
			default -> null;
		};
	}

	/**
	 * The HS code a product code is classified by: CN8 to its subheading, HS codes as
	 * they are.
	 */
	private static String hs(String product) {
		if (!product.matches("\\d{2}|\\d{4}|\\d{6}|\\d{8}")) {
			return null;
		}
		return product.length() == 8 ? product.substring(0, 6) : product;
	}

	private static Integer year(String period) {
		return period.matches("\\d{4}(\\d{2})?") ? Integer.valueOf(period.substring(0, 4)) : null;
	}

	/** The month of a monthly period; null for years (YYYY, or Comext's YYYY52). */
	private static Integer month(String period) {
		if (period.length() != 6) {
			return null;
		}
		int month = Integer.parseInt(period.substring(4));
		return month >= 1 && month <= 12 ? month : null;
	}

}
