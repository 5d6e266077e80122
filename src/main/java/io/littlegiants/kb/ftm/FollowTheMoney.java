package io.littlegiants.kb.ftm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes every organization and relationship as FollowTheMoney entities, one JSON object
 * per line (the format {@code ftm} and yente load):
 * <ul>
 * <li>firms and exchanges as {@code Company}, authorities as {@code PublicBody}, the rest
 * as {@code Organization}, with names, aliases, country, registration number (the unified
 * social credit code) and the certifications in {@code notes};</li>
 * <li>investments in a company as {@code Ownership} (owner, asset), loans as {@code Debt}
 * (creditor, debtor), supply, competition, mentoring, collaboration, listings and other
 * investments as {@code UnknownLink} (subject, object, role);</li>
 * <li>each entity's provenance as its sources' {@code sourceUrl} and {@code publisher},
 * its confidence in {@code notes} ({@code description} on links), and the dataset in
 * {@code datasets}.</li>
 * </ul>
 * Ids are the graph's, prefixed with the dataset, so that they stay stable between
 * exports.
 */
@Component
public class FollowTheMoney {

	public static final String DATASET = "little_giants_kb";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> ROLES = Map.of("SUPPLIES", "supplier", "COMPETES_WITH", "competitor",
			"MENTORS", "mentor", "COLLABORATES_WITH", "collaborator", "LISTED_ON", "listed on");

	private final Driver driver;

	FollowTheMoney(Driver driver) {
		this.driver = driver;
	}

	/** Writes the whole graph, streaming from the database. */
	public void write(Writer out) {
		try (var session = this.driver.session()) {
			Map<String, Map<String, String>> sources = new HashMap<>();
			session.executeRead(tx -> {
				tx.run("MATCH (s:Source) RETURN s.id AS id, s.title AS title, s.url AS url, s.publisher AS publisher")
					.forEachRemaining(r -> sources.put(r.get("id").asString(),
							Map.of("url", r.get("url").asString(""), "publisher", r.get("publisher").asString(""))));
				tx.run("""
						MATCH (o:Organization)
						RETURN o{.id, .kind, .name, .nameZh, .shortNameZh, .nameEn, .aliases, .country, .uscc, .city,
						         .confidence, .sourceIds} AS o,
						       [(o)-[:HOLDS]->(c:Certification) | c{.tier, .level, .batch, .stage}] AS certifications
						""").forEachRemaining(r -> line(out, organization(r, sources)));
				tx.run("""
						MATCH (a:Organization)-[r:SUPPLIES|INVESTS_IN|LENDS_TO|COMPETES_WITH|MENTORS|COLLABORATES_WITH|LISTED_ON]->(b:Organization)
						RETURN a.id AS from, b.id AS to, b.kind AS toKind, type(r) AS type, r{.*} AS r
						""")
					.forEachRemaining(r -> line(out, relationship(r, sources)));
				return null;
			});
		}
	}

	static String id(String graphId) {
		return DATASET + "-" + graphId;
	}

	private static Map<String, Object> organization(Record record, Map<String, Map<String, String>> sources) {
		Map<String, Object> o = record.get("o").asMap();
		String kind = String.valueOf(o.get("kind"));
		String schema = switch (kind) {
			case "FIRM", "EXCHANGE" -> "Company";
			case "AUTHORITY" -> "PublicBody";
			default -> "Organization";
		};
		Properties properties = new Properties();
		properties.add("name", o.get("name"));
		properties.add("alias", o.get("nameZh"));
		properties.add("alias", o.get("shortNameZh"));
		properties.add("alias", o.get("nameEn"));
		if (o.get("aliases") instanceof List<?> aliases) {
			aliases.forEach(alias -> properties.add("weakAlias", alias));
		}
		properties.add("country",
				(o.get("country") != null) ? o.get("country").toString().toLowerCase(Locale.ROOT) : null);
		properties.add("registrationNumber", o.get("uscc"));
		properties.add("address", o.get("city"));
		for (Object held : record.get("certifications").asList(Value::asMap)) {
			Map<?, ?> certification = (Map<?, ?>) held;
			properties.add("notes",
					"Certified: " + certification.get("tier") + " (" + certification.get("level") + ", batch "
							+ Objects.toString(certification.get("batch"), "unknown") + ", "
							+ certification.get("stage") + ")");
		}
		provenance(properties, o, sources, "notes");
		return entity(id(String.valueOf(o.get("id"))), schema, properties);
	}

	private static Map<String, Object> relationship(Record record, Map<String, Map<String, String>> sources) {
		Map<String, Object> r = record.get("r").asMap();
		String type = record.get("type").asString();
		String from = id(record.get("from").asString());
		String to = id(record.get("to").asString());
		Properties properties = new Properties();
		String schema;
		// Only a company is an asset that can be owned; an investment elsewhere is
		// a link.
		boolean ownable = List.of("FIRM", "EXCHANGE").contains(record.get("toKind").asString(""));
		switch ((type.equals("INVESTS_IN") && !ownable) ? "INVESTMENT_LINK" : type) {
			case "INVESTS_IN" -> {
				schema = "Ownership";
				properties.add("owner", from);
				properties.add("asset", to);
				properties.add("startDate", r.get("date"));
			}
			case "LENDS_TO" -> {
				schema = "Debt";
				properties.add("creditor", from);
				properties.add("debtor", to);
				properties.add("date", r.get("date"));
				properties.add("amount", r.get("amount"));
				properties.add("currency", r.get("currency"));
			}
			default -> {
				schema = "UnknownLink";
				properties.add("subject", from);
				properties.add("object", to);
				properties.add("role", ROLES.getOrDefault(type, "investor"));
				properties.add("startDate", r.get("since"));
				properties.add("endDate", r.get("until"));
			}
		}
		properties.add("summary", r.get("product"));
		provenance(properties, r, sources, "description");
		return entity(id(String.valueOf(r.get("id"))), schema, properties);
	}

	/**
	 * The sources' addresses and publishers, and the confidence in a free-text property
	 * ({@code notes} on things, {@code description} on links, which have no notes).
	 */
	private static void provenance(Properties properties, Map<String, Object> fact,
			Map<String, Map<String, String>> sources, String textProperty) {
		if (fact.get("sourceIds") instanceof List<?> ids) {
			for (Object sourceId : ids) {
				Map<String, String> source = sources.get(String.valueOf(sourceId));
				if (source != null) {
					properties.add("sourceUrl", source.get("url"));
					properties.add("publisher", source.get("publisher"));
				}
			}
		}
		properties.add(textProperty, "Confidence: " + fact.get("confidence"));
	}

	private static Map<String, Object> entity(String id, String schema, Properties properties) {
		Map<String, Object> entity = new LinkedHashMap<>();
		entity.put("id", id);
		entity.put("schema", schema);
		entity.put("properties", properties.values);
		entity.put("datasets", List.of(DATASET));
		return entity;
	}

	private static void line(Writer out, Map<String, Object> entity) {
		try {
			out.write(JSON.writeValueAsString(entity));
			out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** FollowTheMoney properties: every value a list of distinct, non-blank strings. */
	private static final class Properties {

		private final Map<String, List<String>> values = new LinkedHashMap<>();

		void add(String property, Object value) {
			if (value == null || value.toString().isBlank()) {
				return;
			}
			String text = (value instanceof Double number && number == Math.rint(number))
					? Long.toString(number.longValue()) : value.toString().strip();
			List<String> list = this.values.computeIfAbsent(property, p -> new ArrayList<>());
			if (!list.contains(text)) {
				list.add(text);
			}
		}

	}

}
