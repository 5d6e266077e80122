package io.littlegiants.kb.firm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.littlegiants.kb.common.Graph;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Cypher behind firm lookups and the filtered, keyset-paged firm list. The WHERE clause
 * is put together from the constant fragments below, one per criterion given; every value
 * travels as a parameter, never in the text.
 */
@Component
class FirmQueries {

	/**
	 * Certification status in Cypher; mirrors {@link Certification#statusOn}. An unknown
	 * one starts from the titles marked so ({@link UnknownValidity}), which an index
	 * finds; a missing date does not.
	 */
	static final Map<CertificationStatus, String> STATUS = Map.of(CertificationStatus.PROPOSED, "c.stage = 'PUBLICITY'",
			CertificationStatus.ACTIVE, "c.stage <> 'PUBLICITY' AND c.validUntil >= $day", CertificationStatus.EXPIRED,
			"c.stage <> 'PUBLICITY' AND c.validUntil < $day", CertificationStatus.UNKNOWN,
			"c.unknownValidity = true AND c.stage <> 'PUBLICITY' AND c.validUntil IS NULL");

	/**
	 * Firms, matched with the label the property indexes are on (every Firm is an
	 * Organization): with {@code :Firm} alone a country, province, credit-code or
	 * confidence filter scanned every firm.
	 */
	static final String FIRMS = "MATCH (f:Organization:Firm)";

	/**
	 * Firms with a tier, the certification as a pattern rather than a subquery filter, so
	 * that the planner may start from the Certification(tier) index or from the firm's
	 * own (province, country, credit code), whichever its statistics find more selective.
	 * As a filter alone it tested every firm: a page of 100 Little Giants among 1.1
	 * million firms took 4.8 s. The certification's other criteria (level, batch, status)
	 * stand on the same {@code c}, and the firm conditions before DISTINCT, where the
	 * planner sees them. A subquery repeating the tier read every Little Giant's
	 * relationships again: 340,750 db hits for that page instead of 102,000.
	 */
	private static final String FIRMS_OF_TIER = "MATCH (f:Organization:Firm)-[:HOLDS]->(c:Certification {tier: $tier})";

	/**
	 * Firms with a certification of any tier that meets the filter's criteria, as a
	 * pattern for the same reason: the planner may start from the Certification(batch) or
	 * Certification(validUntil) index, where the subquery tested every firm.
	 */
	private static final String FIRMS_CERTIFIED = "MATCH (f:Organization:Firm)-[:HOLDS]->(c:Certification)";

	/**
	 * National titles start from their index by a hint. They are the pyramid's top layers
	 * (Little Giants and champions: 1 title in 100 of a full synthetic pyramid, about 1
	 * in 10 of the official lists), but the planner estimates an equality on a property
	 * of two values at half the titles, and so scanned every firm: at 1.1 million firms
	 * 14 million db hits and 4.3 s for a page of them with its total.
	 */
	private static final String NATIONAL_TITLES = " USING INDEX c:Certification(level)";

	/** The start of the pattern of a listing, whose relationship is {@code l}. */
	private static final String LISTED = "(f)-[l:LISTED_ON]->";

	private final Neo4jClient client;

	FirmQueries(Neo4jClient client) {
		this.client = client;
	}

	Optional<Organization> organization(String id) {
		return this.client.query("MATCH (o:Organization {id: $id}) RETURN o{.*} AS o")
			.bind(id)
			.to("id")
			.fetchAs(Organization.class)
			.mappedBy((types, record) -> Organization.from(record.get("o").asMap()))
			.one();
	}

	List<Organization> organizations(Collection<String> ids) {
		return List.copyOf(this.client.query("UNWIND $ids AS id MATCH (o:Organization {id: id}) RETURN o{.*} AS o")
			.bind(ids)
			.to("ids")
			.fetchAs(Organization.class)
			.mappedBy((types, record) -> Organization.from(record.get("o").asMap()))
			.all());
	}

	/** A page of firms, without the total. */
	FirmPage page(FirmFilter filter, FirmOrder order, int first, FirmPosition after, LocalDate day) {
		Map<String, Object> params = new HashMap<>();
		params.put("day", day);
		params.put("limit", first + 1);
		String statement = pageStatement(filter, conditions(filter, params, false), order, after, params);
		List<Organization> rows = new ArrayList<>(this.client.query(statement)
			.bindAll(params)
			.fetchAs(Organization.class)
			.mappedBy((types, record) -> Organization.from(record.get("f").asMap()))
			.all());
		boolean more = rows.size() > first;
		return new FirmPage(more ? rows.subList(0, first) : rows, more, null);
	}

	/**
	 * The statement counting the firms that meet a filter (its one column {@code n}),
	 * with its parameters put in {@code params}.
	 */
	String countStatement(FirmFilter filter, LocalDate day, Map<String, Object> params) {
		params.put("day", day);
		return firms(filter, conditions(filter, params, false)) + " RETURN count(f) AS n";
	}

	/**
	 * How many firms meet a filter, counted up to {@code most}: a cheap look at whether a
	 * filter that is not counted whole is met by many firms.
	 */
	long countUpTo(FirmFilter filter, LocalDate day, long most) {
		Map<String, Object> params = new HashMap<>();
		params.put("day", day);
		params.put("most", most);
		return count(firms(filter, conditions(filter, params, false)) + " WITH f LIMIT $most RETURN count(f) AS n",
				params);
	}

	/** How many organizations there are, from the database's counts (no scan). */
	long organizationCount() {
		return this.client.query("MATCH (o:Organization) RETURN count(o) AS n").fetchAs(Long.class).one().orElse(0L);
	}

	long count(String countStatement, Map<String, Object> params) {
		return this.client.query(countStatement).bindAll(params).fetchAs(Long.class).one().orElse(0L);
	}

	/**
	 * The page's Cypher for a filter, with its parameters put in {@code params}: fixed
	 * fragments joined, every value a parameter.
	 */
	String pageStatement(FirmFilter filter, FirmOrder order, FirmPosition after, Map<String, Object> params) {
		return pageStatement(filter, conditions(filter, params, false), order, after, params);
	}

	/**
	 * The firms that meet the conditions, one row each: the filter's relationships (a
	 * tier, sector, HS code, technology, exchange or board) as patterns of the match, so
	 * that the planner may start from the index of whichever is most selective. As
	 * subquery filters they tested every firm: the count of the makers of HS heading 8483
	 * among 1.1 million firms took 34 s, a sector 3.8 s.
	 */
	private static String firms(FirmFilter filter, List<String> conditions) {
		List<String> patterns = patterns(filter);
		boolean certified = filter.hasCertificationCriteria();
		String match = (filter.tier() != null) ? FIRMS_OF_TIER : certified ? FIRMS_CERTIFIED : FIRMS;
		if (!patterns.isEmpty()) {
			match += ", " + String.join(", ", patterns);
		}
		if (filter.tier() == null && filter.batch() == null
				&& filter.certificationLevel() == CertificationLevel.NATIONAL) {
			match += NATIONAL_TITLES;
		}
		return match + where(conditions) + ((certified || !patterns.isEmpty()) ? " WITH DISTINCT f" : "");
	}

	/**
	 * The filter's relationships other than its certification, as patterns from
	 * {@code f}; their values are parameters ({@link #conditions}).
	 */
	private static List<String> patterns(FirmFilter filter) {
		List<String> patterns = new ArrayList<>();
		if (filter.sector() != null) {
			patterns.add("(f)-[:IN_SECTOR]->(:Sector)-[:PART_OF*0..1]->(:Sector {id: $sector})");
		}
		if (filter.hsCode() != null) {
			patterns
				.add("(f)-[:MAKES]->(:Product)-[:CLASSIFIED_AS]->(:HsCode)-[:PART_OF*0..2]->(:HsCode {code: $hsCode})");
		}
		if (filter.technology() != null) {
			patterns.add("(f)-[:DEVELOPS]->(:Technology {id: $technology})");
		}
		if (filter.exchange() != null || filter.board() != null) {
			patterns
				.add(LISTED + ((filter.exchange() != null) ? "(:Organization {id: $exchange})" : "(:Organization)"));
		}
		return patterns;
	}

	private static String pageStatement(FirmFilter filter, List<String> where, FirmOrder order, FirmPosition after,
			Map<String, Object> params) {
		List<String> pageWhere = new ArrayList<>(where);
		addAfter(pageWhere, order, after, params);
		// Sorted and cut to the page before the firms' properties are read: the other
		// way round, every firm that meets the filter is projected first.
		return firms(filter, pageWhere) + " WITH f" + orderBy(order) + " LIMIT $limit RETURN f{.*} AS f";
	}

	/** The condition that a firm comes after the previous page's last, if any. */
	private static void addAfter(List<String> where, FirmOrder order, FirmPosition after, Map<String, Object> params) {
		if (after != null) {
			where.add(switch (order) {
				case NAME_ASC -> "(f.name > $afterKey OR (f.name = $afterKey AND f.id > $afterId))";
				case NAME_DESC -> "(f.name < $afterKey OR (f.name = $afterKey AND f.id < $afterId))";
				case ID_ASC -> "f.id > $afterId";
			});
			params.put("afterKey", after.sortKey());
			params.put("afterId", after.id());
		}
	}

	static String orderBy(FirmOrder order) {
		return switch (order) {
			case NAME_ASC -> " ORDER BY f.name ASC, f.id ASC";
			case NAME_DESC -> " ORDER BY f.name DESC, f.id DESC";
			case ID_ASC -> " ORDER BY f.id ASC";
		};
	}

	/**
	 * The statement listing every firm that meets a filter, in the order, as rows of its
	 * {@code id} and its sort {@code key} (the name, or the id under ID_ASC), with its
	 * parameters put in {@code params}.
	 */
	String orderStatement(FirmFilter filter, FirmOrder order, LocalDate day, Map<String, Object> params) {
		params.put("day", day);
		String key = (order == FirmOrder.ID_ASC) ? "f.id" : "f.name";
		return firms(filter, conditions(filter, params, false)) + " WITH f" + orderBy(order) + " RETURN f.id AS id, "
				+ key + " AS key";
	}

	List<Map<String, Object>> rows(String statement, Map<String, Object> params) {
		return List.copyOf(this.client.query(statement).bindAll(params).fetch().all());
	}

	static String where(List<String> conditions) {
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	Optional<String> provinceCode(String province) {
		String text = province.strip();
		return this.client.query("""
				MATCH (r:Region {level: 'PROVINCE'})
				WHERE r.code = $p OR r.name = $p OR r.shortName = $p OR toLower(r.nameEn) = toLower($p)
				RETURN r.code AS code
				""").bind(text).to("p").fetchAs(String.class).first();
	}

	/**
	 * The filter's conditions on {@code f}, with their values put in {@code params}.
	 * @param walking whether each firm is tested in turn ({@link FirmWalk}): then every
	 * relationship of the filter, a tier with the other certification criteria included,
	 * is a subquery; otherwise they are patterns of the match ({@link #firms}), and the
	 * certification's criteria stand on its {@code c}
	 */
	static List<String> conditions(FirmFilter filter, Map<String, Object> params, boolean walking) {
		List<String> where = new ArrayList<>();
		if (filter.name() != null) {
			// Every name and alias, lower-cased, one a line (SearchTexts): one text index
			// serves it. A line break in the filter could match across two names.
			where.add("f.nameText CONTAINS $nameLower");
			params.put("nameLower", filter.name().replaceAll("\\R+", " ").toLowerCase(Locale.ROOT));
		}
		if (filter.country() != null) {
			where.add("f.country = $country");
			params.put("country", filter.country().toUpperCase());
		}
		if (filter.province() != null) {
			where.add("f.provinceCode = $provinceCode");
			params.put("provinceCode", filter.province());
		}
		if (filter.hasCertificationCriteria()) {
			List<String> cert = new ArrayList<>();
			if (filter.tier() != null) {
				cert.add("c.tier = $tier");
				params.put("tier", filter.tier().name());
			}
			if (filter.certificationLevel() != null) {
				cert.add("c.level = $level");
				params.put("level", filter.certificationLevel().name());
			}
			if (filter.batch() != null) {
				cert.add("c.batch = $batch");
				params.put("batch", filter.batch());
			}
			if (filter.certificationStatus() != null) {
				cert.add(STATUS.get(filter.certificationStatus()));
			}
			// The match holds the certification (FIRMS_OF_TIER, FIRMS_CERTIFIED) and the
			// criteria stand on it; walking the firms, a firm must hold one that meets
			// them
			// all.
			where.add(!walking ? String.join(" AND ", cert)
					: "EXISTS { MATCH (f)-[:HOLDS]->(c:Certification) WHERE " + String.join(" AND ", cert) + " }");
		}
		if (filter.sector() != null) {
			params.put("sector", filter.sector());
		}
		if (filter.hsCode() != null) {
			params.put("hsCode", filter.hsCode());
		}
		if (filter.technology() != null) {
			params.put("technology", filter.technology());
		}
		if (filter.exchange() != null) {
			params.put("exchange", filter.exchange());
		}
		if (filter.board() != null) {
			params.put("board", filter.board());
		}
		if (walking) {
			// Walking the firms, each is tested: a subquery per pattern.
			for (String pattern : patterns(filter)) {
				where.add("EXISTS { MATCH " + pattern
						+ (pattern.startsWith(LISTED) && filter.board() != null ? " WHERE l.board = $board" : "")
						+ " }");
			}
		}
		else if (filter.board() != null) {
			where.add("l.board = $board");
		}
		if (filter.uscc() != null) {
			where.add("f.uscc = $uscc");
			params.put("uscc", filter.uscc());
		}
		if (filter.confidence() != null) {
			where.add("f.confidence = $confidence");
			params.put("confidence", filter.confidence().name());
		}
		return where;
	}

	Map<String, List<Certification>> certifications(Collection<String> firmIds) {
		return Graph.listPerKey(firmIds,
				this.client
					.query("UNWIND $ids AS id MATCH (f:Organization {id: id})\n" + CertificationsOf.SUBQUERY
							+ "RETURN id, certifications")
					.bind(firmIds)
					.to("ids")
					.fetch()
					.all(),
				"id", "certifications", CertificationsOf::read);
	}

	List<SearchHit> search(String luceneQuery, int limit) {
		return List.copyOf(this.client.query("""
				CALL db.index.fulltext.queryNodes('organization_search', $query, {limit: $limit})
				YIELD node, score
				RETURN node{.*} AS o, score
				""")
			.bindAll(Map.of("query", luceneQuery, "limit", limit))
			.fetchAs(SearchHit.class)
			.mappedBy((types, record) -> new SearchHit(record.get("score").asDouble(),
					Organization.from(record.get("o").asMap()), null, null))
			.all());
	}

	/**
	 * The organizations whose name keys equal any of the keys, per key: each with the
	 * kind of name that matched and its country.
	 */
	Map<String, List<Map<String, Object>>> nameKeyMatches(Collection<String> keys) {
		Map<String, List<Map<String, Object>>> byKey = new HashMap<>();
		this.client.query("""
				UNWIND $keys AS key
				MATCH (:NameKey {key: key})-[k:NAMES]->(o:Organization)
				RETURN key, k.kind AS kind, o.id AS id, o.country AS country
				""")
			.bind(List.copyOf(keys))
			.to("keys")
			.fetch()
			.all()
			.forEach(row -> byKey.computeIfAbsent((String) row.get("key"), k -> new ArrayList<>())
				.add(Map.of("kind", row.get("kind"), "id", row.get("id"), "country",
						String.valueOf(row.get("country")))));
		return byKey;
	}

	/** The organizations whose id is one of the texts, by id. */
	Map<String, Organization> organizationsById(Collection<String> texts) {
		Map<String, Organization> byId = new HashMap<>();
		organizations(texts).forEach(o -> byId.put(o.id(), o));
		return byId;
	}

}
