package io.littlegiants.kb.ftm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The FollowTheMoney schema rules the export must keep, written from the model's schema
 * definitions (Thing, LegalEntity, Interval, Interest, Ownership, Debt, UnknownLink) and
 * documentation (followthemoney.tech) for the schemata it uses: which properties each
 * schema has, which are required, what an entity reference may point to, and the formats
 * of countries, dates and amounts. Returns the violations, each naming the line and the
 * entity.
 */
public final class FtmRules {

	private static final Set<String> THING = Set.of("name", "summary", "description", "country", "alias",
			"previousName", "weakAlias", "sourceUrl", "publisher", "publisherUrl", "notes", "address", "keywords",
			"topics", "program", "retrievedAt", "modifiedAt", "createdAt", "wikidataId");

	private static final Set<String> LEGAL_ENTITY = union(THING,
			Set.of("email", "phone", "website", "legalForm", "incorporationDate", "dissolutionDate", "status", "sector",
					"classification", "registrationNumber", "idNumber", "taxNumber", "jurisdiction", "mainCountry"));

	private static final Set<String> INTERVAL = Set.of("startDate", "endDate", "date", "summary", "description",
			"recordId", "sourceUrl", "publisher", "publisherUrl", "retrievedAt", "modifiedAt", "namesMentioned");

	static final Map<String, Set<String>> PROPERTIES = Map.of("Company", union(LEGAL_ENTITY, Set.of("capital")),
			"Organization", LEGAL_ENTITY, "PublicBody", LEGAL_ENTITY, "Ownership",
			union(INTERVAL, Set.of("owner", "asset", "percentage", "sharesCount", "role", "status")), "Debt",
			union(INTERVAL, Set.of("debtor", "creditor", "amount", "currency")), "UnknownLink",
			union(INTERVAL, Set.of("subject", "object", "role", "status")));

	static final Map<String, List<String>> REQUIRED = Map.of("Company", List.of("name"), "Organization",
			List.of("name"), "PublicBody", List.of("name"), "Ownership", List.of("owner", "asset"), "Debt",
			List.of("debtor", "creditor"), "UnknownLink", List.of("subject", "object"));

	/** Entity properties and the schemata they may point to. */
	static final Map<String, Set<String>> RANGES = Map.of("owner", Set.of("Company", "Organization", "PublicBody"),
			"asset", Set.of("Company"), "debtor", Set.of("Company", "Organization", "PublicBody"), "creditor",
			Set.of("Company", "Organization", "PublicBody"), "subject", Set.of("Company", "Organization", "PublicBody"),
			"object", Set.of("Company", "Organization", "PublicBody"));

	private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}");

	private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	private static final Set<String> DATES = Set.of("startDate", "endDate", "date", "incorporationDate");

	private FtmRules() {
	}

	public static List<String> violations(List<String> lines, String dataset) {
		JsonMapper json = JsonMapper.builder().build();
		List<String> violations = new ArrayList<>();
		Map<String, String> schemaOf = new HashMap<>();
		List<JsonNode> entities = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			JsonNode entity = json.readTree(lines.get(i));
			entities.add(entity);
			String id = entity.path("id").asString("");
			if (id.isEmpty() || schemaOf.put(id, entity.path("schema").asString("")) != null) {
				violations.add("line " + (i + 1) + ": id missing or repeated: '" + id + "'");
			}
		}
		for (int i = 0; i < entities.size(); i++) {
			JsonNode entity = entities.get(i);
			String where = "line " + (i + 1) + " (" + entity.path("id").asString("") + ")";
			String schema = entity.path("schema").asString("");
			if (!PROPERTIES.containsKey(schema)) {
				violations.add(where + ": unknown schema " + schema);
				continue;
			}
			if (!entity.path("datasets").toString().equals("[\"" + dataset + "\"]")) {
				violations.add(where + ": datasets must be [" + dataset + "]");
			}
			JsonNode properties = entity.path("properties");
			for (String required : REQUIRED.get(schema)) {
				if (properties.path(required).isEmpty()) {
					violations.add(where + ": " + schema + " needs " + required);
				}
			}
			for (var property : properties.properties()) {
				String name = property.getKey();
				if (!PROPERTIES.get(schema).contains(name)) {
					violations.add(where + ": " + schema + " has no property " + name);
				}
				if (!property.getValue().isArray()) {
					violations.add(where + ": " + name + " must be a list");
					continue;
				}
				for (JsonNode value : property.getValue()) {
					String text = value.isString() ? value.asString() : null;
					if (text == null || text.isBlank()) {
						violations.add(where + ": " + name + " holds a value that is not a non-blank string");
					}
					else if (name.equals("country") && !COUNTRY.matcher(text).matches()) {
						violations.add(where + ": country '" + text + "' is not a lower-case ISO code");
					}
					else if (DATES.contains(name) && !DATE.matcher(text).matches()) {
						violations.add(where + ": " + name + " '" + text + "' is not an ISO date prefix");
					}
					else if (name.equals("amount") && !text.matches("-?\\d+(\\.\\d+)?")) {
						violations.add(where + ": amount '" + text + "' is not a number");
					}
					else if (RANGES.containsKey(name) && !RANGES.get(name).contains(schemaOf.getOrDefault(text, ""))) {
						violations.add(where + ": " + name + " points to " + text + ", a "
								+ schemaOf.getOrDefault(text, "missing entity") + ", not one of " + RANGES.get(name));
					}
				}
			}
		}
		return violations;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new java.util.HashSet<>(a);
		all.addAll(b);
		return Set.copyOf(all);
	}

}
