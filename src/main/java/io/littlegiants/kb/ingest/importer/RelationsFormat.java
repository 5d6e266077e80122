package io.littlegiants.kb.ingest.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;

/**
 * Relations between organizations: from, relation, to, product, HS code, since, until,
 * amount, currency. Ends are organization ids or names, resolved like list names; an end
 * that matches nothing is an error (relations never invent organizations).
 */
final class RelationsFormat implements RowFormat {

	static final Set<String> TYPES = Set.of("SUPPLIES", "INVESTS_IN", "LISTED_ON", "COMPETES_WITH", "COLLABORATES_WITH",
			"MENTORS", "LENDS_TO");

	// The row's type is one of TYPES (checked), set as a dynamic type: one MERGE for all.
	private static final String WRITE = """
			UNWIND $rows AS r
			MATCH (a:Organization {id: r.fromId}), (b:Organization {id: r.toId})
			MERGE (a)-[x:$(r.type) {id: r.id}]->(b)
			WITH r, x, x.sourceIds IS NULL AS created,
			     NOT $source IN coalesce(x.sourceIds, []) OR any(k IN keys(r.props) WHERE x[k] IS NULL OR x[k] <> r.props[k]) AS changed
			SET x += r.props,
			    x.confidence = coalesce(x.confidence, $confidence),
			    x.sourceIds = CASE WHEN $source IN coalesce(x.sourceIds, []) THEN x.sourceIds
			                       ELSE coalesce(x.sourceIds, []) + $source END
			RETURN r.row AS row, created, changed
			""";

	@Override
	public Map<String, List<String>> columns() {
		return Map.of("from", List.of("from", "from_id", "source_org", "supplier"), "relation",
				List.of("relation", "type", "关系"), "to", List.of("to", "to_id", "target_org", "customer"), "product",
				List.of("product", "产品"), "hsCode", List.of("hs_code", "hs6", "hs", "hscode", "hsCodes"), "since",
				List.of("since", "from_date", "start"), "until", List.of("until", "to_date", "end"), "amount",
				List.of("amount", "value", "金额"), "currency", List.of("currency", "币种"), "notes",
				List.of("notes", "note", "备注"));
	}

	@Override
	public List<String> required() {
		return List.of("from", "relation", "to");
	}

	@Override
	public List<RowError> check(Row row, ImportContext context) {
		List<RowError> errors = new ArrayList<>();
		for (String end : List.of("from", "to", "relation")) {
			if (!row.has(end)) {
				errors.add(context.error(row, end, "empty " + end));
			}
		}
		if (row.has("relation") && !TYPES.contains(type(row))) {
			errors.add(context.error(row, "relation",
					"unknown relation type '" + row.get("relation") + "'; use one of " + TYPES));
		}
		for (String code : Values.hsCodes(row.get("hsCode"))) {
			if (!context.reference().hsCodes.contains(code)) {
				errors.add(context.error(row, "hsCode", "unknown HS code '" + code + "'"));
			}
		}
		for (String date : List.of("since", "until")) {
			if (row.has(date)) {
				String reason = Values.checkPartialDate(row.get(date));
				if (reason != null) {
					errors.add(context.error(row, date, reason));
				}
			}
		}
		if (row.has("since") && row.has("until") && row.get("until").compareTo(row.get("since")) < 0) {
			errors
				.add(context.error(row, "until", "until " + row.get("until") + " is before since " + row.get("since")));
		}
		if (row.has("amount")) {
			String reason = Values.checkAmount(row.get("amount"));
			if (reason != null) {
				errors.add(context.error(row, "amount", reason));
			}
			if (!row.has("currency")) {
				errors.add(context.error(row, "currency", "an amount needs its currency (ISO 4217, e.g. CNY)"));
			}
		}
		if (row.has("currency") && !row.get("currency").matches("[A-Za-z]{3}")) {
			errors.add(context.error(row, "currency", "'" + row.get("currency") + "' is not an ISO 4217 code"));
		}
		return errors;
	}

	@Override
	public String duplicateKey(Row row) {
		return String.join("|", row.values().getOrDefault("from", ""), type(row), row.values().getOrDefault("to", ""),
				row.values().getOrDefault("product", ""));
	}

	@Override
	public Map<Long, List<Resolver.Resolution>> resolve(List<Row> batch, ImportContext context) {
		List<Resolver.Query> froms = new ArrayList<>();
		List<Resolver.Query> tos = new ArrayList<>();
		for (Row row : batch) {
			froms.add(new Resolver.Query(row.number(), row.get("from"), null));
			tos.add(new Resolver.Query(row.number(), row.get("to"), null));
		}
		Map<Long, Resolver.Resolution> from = context.resolver().resolve(froms, false);
		Map<Long, Resolver.Resolution> to = context.resolver().resolve(tos, false);
		Map<Long, List<Resolver.Resolution>> result = new HashMap<>();
		for (Row row : batch) {
			result.put(row.number(), List.of(from.get(row.number()), to.get(row.number())));
		}
		return result;
	}

	@Override
	public Map<Long, Status> write(TransactionContext tx, List<Row> batch,
			Map<Long, List<Resolver.Resolution>> resolutions, ImportContext context) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Row row : batch) {
			String fromId = resolutions.get(row.number()).get(0).id();
			String toId = resolutions.get(row.number()).get(1).id();
			String type = type(row);
			Map<String, Object> props = new HashMap<>();
			putIfPresent(props, "product", row.get("product"));
			List<String> codes = Values.hsCodes(row.get("hsCode"));
			if (!codes.isEmpty()) {
				props.put("hsCodes", codes);
			}
			boolean dated = Set.of("INVESTS_IN", "LISTED_ON", "LENDS_TO").contains(type);
			putIfPresent(props, dated ? "date" : "since", row.get("since"));
			putIfPresent(props, "until", row.get("until"));
			if (row.has("amount")) {
				props.put("amount", Values.amount(row.get("amount")));
				props.put("currency", row.get("currency").toUpperCase(Locale.ROOT));
			}
			putIfPresent(props, "notes", row.get("notes"));
			Map<String, Object> r = new HashMap<>();
			r.put("row", row.number());
			r.put("fromId", fromId);
			r.put("toId", toId);
			r.put("type", type);
			// The same id as derive.py gives, so a relation already known is confirmed,
			// not duplicated.
			r.put("id", "LISTED_ON".equals(type) ? "listed-" + fromId + "-" + toId
					: type.toLowerCase(Locale.ROOT) + "-" + fromId + "-" + toId);
			r.put("props", props);
			rows.add(r);
		}
		return RowFormat.writeAndCount(tx, WRITE, rows, context);
	}

	private static String type(Row row) {
		return row.values().getOrDefault("relation", "").strip().toUpperCase(Locale.ROOT).replace(' ', '_');
	}

	private static void putIfPresent(Map<String, Object> map, String key, String value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
