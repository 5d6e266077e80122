package io.littlegiants.kb.ingest.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.littlegiants.kb.firm.NameKeys;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Entity resolution: finds the organization a name (and code) in an input row means. In
 * order: the alias file, the organization id itself, the unified social credit code, the
 * exact normalised legal name, then short names, English names and aliases. A match that
 * is not unique is AMBIGUOUS and left for the user; nothing is merged by guess.
 */
final class Resolver {

	/** How a name was resolved. */
	enum Outcome {

		EXISTING, NEW, AMBIGUOUS, UNKNOWN

	}

	/**
	 * A resolution decision.
	 *
	 * @param outcome what was decided
	 * @param id the organization (existing or new), null when ambiguous or unknown
	 * @param rule why: alias file, id, uscc, legal name, short name, English name, alias
	 * @param candidates the organizations that matched, for ambiguous names
	 */
	record Resolution(Outcome outcome, String id, String rule, List<String> candidates, String name) {
	}

	/**
	 * A name to resolve: row number, the name or id as given, and a USCC if the row has
	 * one.
	 */
	record Query(long row, String name, String uscc) {
	}

	/** What a lookup depends on: rows with the same name and code resolve alike. */
	private record NameAndCode(String name, String uscc) {
	}

	/**
	 * One row per distinct name. The seeks are named: planned on statistics that still
	 * see a freshly filled index as empty, the name key was otherwise looked up by
	 * scanning its whole index for every row.
	 */
	static final String LOOKUP = """
			UNWIND $names AS n
			OPTIONAL MATCH (byId:Organization {id: n.name})
			OPTIONAL MATCH (byUscc:Organization {uscc: n.uscc}) USING INDEX SEEK byUscc:Organization(uscc)
			OPTIONAL MATCH (nameKey:NameKey {key: n.key})-[k:NAMES]->(byName:Organization)
			  USING INDEX SEEK nameKey:NameKey(key)
			OPTIONAL MATCH (taken:Organization {id: n.newId})
			RETURN n.lookup AS lookup, byId.id AS idMatch, taken IS NOT NULL AS newIdTaken,
			       collect(DISTINCT byUscc.id) AS usccMatches,
			       collect(DISTINCT CASE WHEN byName IS NOT NULL
			         THEN {id: byName.id, kind: k.kind, uscc: byName.uscc} END) AS nameMatches
			""";

	private final Driver driver;

	private final Map<String, String> aliases;

	Resolver(Driver driver, Path aliasFile) {
		this.driver = driver;
		this.aliases = aliasFile == null ? Map.of() : readAliases(aliasFile);
	}

	/**
	 * Resolves a batch of names in one query, looking up each distinct name and code
	 * once: a file of relations names its few customers row after row.
	 * @param createIfUnknown whether an unmatched name becomes a new organization (lists)
	 * or stays UNKNOWN (relations)
	 */
	Map<Long, Resolution> resolve(List<Query> queries, boolean createIfUnknown) {
		Map<NameAndCode, Integer> lookupOf = new HashMap<>();
		List<Map<String, Object>> names = new ArrayList<>();
		for (Query q : queries) {
			lookupOf.computeIfAbsent(new NameAndCode(q.name(), q.uscc()), distinct -> {
				Map<String, Object> n = new HashMap<>();
				n.put("lookup", names.size());
				n.put("name", q.name());
				n.put("key", NameKeys.any(q.name()));
				n.put("uscc", q.uscc());
				n.put("newId", newId(q.name()));
				names.add(n);
				return names.size() - 1;
			});
		}
		Map<Integer, Record> found = new HashMap<>();
		try (var session = this.driver.session()) {
			session.run(LOOKUP, Map.of("names", names)).forEachRemaining(r -> found.put(r.get("lookup").asInt(), r));
		}
		Map<Long, Resolution> result = new HashMap<>();
		for (Query q : queries) {
			Record r = found.get(lookupOf.get(new NameAndCode(q.name(), q.uscc())));
			List<String> byUscc = r.get("usccMatches").asList(v -> v.asString());
			List<Map<String, Object>> byName = r.get("nameMatches").asList(v -> v.asMap());
			String byId = r.get("idMatch").isNull() ? null : r.get("idMatch").asString();
			Resolution resolution = decide(q, byId, byUscc, byName, createIfUnknown);
			result.put(q.row(), guardNewId(resolution, r.get("newIdTaken").asBoolean()));
		}
		guardCollisionsWithin(queries, result);
		return result;
	}

	/**
	 * A new organization's id comes from a hash of its name. Should another organization
	 * hold that id already, merging would join two firms: the name is reported instead.
	 */
	private static Resolution guardNewId(Resolution resolution, boolean taken) {
		if (resolution.outcome() == Outcome.NEW && taken && !"alias file".equals(resolution.rule())) {
			return new Resolution(Outcome.AMBIGUOUS, null, "new id already used by another organization",
					List.of(resolution.id()), resolution.name());
		}
		return resolution;
	}

	/** Two different new names of one batch must not share a (hashed) id either. */
	private static void guardCollisionsWithin(List<Query> queries, Map<Long, Resolution> result) {
		Map<String, String> keyOfNewId = new HashMap<>();
		for (Query q : queries) {
			Resolution r = result.get(q.row());
			if (r == null || r.outcome() != Outcome.NEW) {
				continue;
			}
			String key = NameKeys.any(q.name());
			String earlier = keyOfNewId.putIfAbsent(r.id(), key);
			if (earlier != null && !earlier.equals(key)) {
				result.put(q.row(), new Resolution(Outcome.AMBIGUOUS, null, "new id collides with another new name",
						List.of(r.id()), r.name()));
			}
		}
	}

	private Resolution decide(Query q, String byId, List<String> byUscc, List<Map<String, Object>> byName,
			boolean createIfUnknown) {
		Resolution r = decideWithoutName(q, byId, byUscc, byName, createIfUnknown);
		return new Resolution(r.outcome(), r.id(), r.rule(), r.candidates(), q.name());
	}

	private Resolution decideWithoutName(Query q, String byId, List<String> byUscc, List<Map<String, Object>> byName,
			boolean createIfUnknown) {
		String alias = this.aliases.get(NameKeys.any(q.name()));
		if (alias != null) {
			return "NEW".equalsIgnoreCase(alias)
					? new Resolution(Outcome.NEW, newId(q.name()), "alias file", List.of(), null)
					: new Resolution(Outcome.EXISTING, alias, "alias file", List.of(), null);
		}
		if (byId != null) {
			return new Resolution(Outcome.EXISTING, byId, "id", List.of(), null);
		}
		if (q.uscc() != null && byUscc.size() == 1) {
			return new Resolution(Outcome.EXISTING, byUscc.get(0), "unified social credit code", List.of(), null);
		}
		if (byUscc.size() > 1) {
			return new Resolution(Outcome.AMBIGUOUS, null, "unified social credit code", byUscc, null);
		}
		for (String kind : NameKeys.KINDS) {
			Set<String> ids = new LinkedHashSet<>();
			List<String> conflicting = new ArrayList<>();
			for (Map<String, Object> m : byName) {
				if (kind.equals(m.get("kind"))) {
					ids.add((String) m.get("id"));
					Object uscc = m.get("uscc");
					if (q.uscc() != null && uscc != null && !q.uscc().equals(uscc)) {
						conflicting.add((String) m.get("id"));
					}
				}
			}
			if (!conflicting.isEmpty()) {
				// Same name, different registered code: two firms, or a typo. Not
				// ours to decide.
				return new Resolution(Outcome.AMBIGUOUS, null, NameKeys.rule(kind) + " with another credit code",
						List.copyOf(ids), null);
			}
			if (ids.size() == 1) {
				return new Resolution(Outcome.EXISTING, ids.iterator().next(), NameKeys.rule(kind), List.of(), null);
			}
			if (ids.size() > 1) {
				return new Resolution(Outcome.AMBIGUOUS, null, NameKeys.rule(kind), List.copyOf(ids), null);
			}
		}
		return createIfUnknown ? new Resolution(Outcome.NEW, newId(q.name()), "no match", List.of(), null)
				: new Resolution(Outcome.UNKNOWN, null, "no match", List.of(), null);
	}

	/**
	 * The id a new organization gets: stable, from its name key, so re-runs find the same
	 * node.
	 */
	static String newId(String name) {
		String key = NameKeys.any(name);
		// 64 bits: at a million new names a collision has a chance of about 3 in 100
		// million, and guardNewId reports one rather than merging.
		return (NameKeys.hasChinese(name) ? "cn-n-" : "org-n-") + Hash.sha1(key).substring(0, 16);
	}

	private static Map<String, String> readAliases(Path file) {
		Map<String, String> aliases = new HashMap<>();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord record : format.parse(reader)) {
				if (!record.isMapped("name") || !record.isMapped("id")) {
					throw new ImportException(file.getFileName() + ": an alias file has the columns name,id");
				}
				aliases.put(NameKeys.any(record.get("name")), record.get("id").strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return aliases;
	}

}
