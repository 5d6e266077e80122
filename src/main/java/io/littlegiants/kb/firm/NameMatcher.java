package io.littlegiants.kb.firm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps lists of names as they arrive (a client list, customs records) to organizations,
 * with the rules the importer resolves names by, so that an analyst sees what an import
 * would do. MATCH only where those rules name exactly one organization: the id, or the
 * normalised legal, short or English name or an alias, tried in that order. Where they
 * name several it is AMBIGUOUS; where they name none but similar names score
 * {@value #SIMILAR} or more (typos, pinyin, part of a name), AMBIGUOUS too, for a person
 * to check; otherwise NONE. Nothing is matched by similarity alone.
 */
@Service
@Transactional(readOnly = true)
public class NameMatcher {

	/** Most names in one request. */
	public static final int MAX_NAMES = 1_000;

	/** Similar names scoring this or more are shown as AMBIGUOUS, for review. */
	public static final double SIMILAR = 0.8;

	private final FirmService firms;

	private final FirmQueries queries;

	NameMatcher(FirmService firms, FirmQueries queries) {
		this.firms = firms;
		this.queries = queries;
	}

	/**
	 * @param countryCode keeps only organizations of this country, or null
	 * @param candidates how many candidates to list per name
	 */
	public List<NameMatch> match(List<String> names, String countryCode, int candidates) {
		if (names.size() > MAX_NAMES) {
			throw new IllegalArgumentException("at most " + MAX_NAMES + " names, was " + names.size());
		}
		List<String> keys = names.stream().map(NameKeys::any).distinct().toList();
		Map<String, List<Map<String, Object>>> byKey = this.queries.nameKeyMatches(keys);
		Map<String, Organization> byId = this.queries.organizationsById(names);
		List<NameMatch> matches = new ArrayList<>();
		for (String name : names) {
			List<SearchHit> similar = this.firms.search(name, candidates * 4)
				.stream()
				.filter(hit -> countryCode == null || countryCode.equals(hit.organization().countryCode()))
				.limit(candidates)
				.toList();
			matches.add(decide(name, byId.get(name), byKey.getOrDefault(NameKeys.any(name), List.of()), countryCode,
					similar));
		}
		return matches;
	}

	private NameMatch decide(String name, Organization byId, List<Map<String, Object>> keyMatches, String countryCode,
			List<SearchHit> similar) {
		if (byId != null && (countryCode == null || countryCode.equals(byId.countryCode()))) {
			return new NameMatch(name, "MATCH", "id", byId, withFirst(name, List.of(byId), similar));
		}
		for (String kind : NameKeys.KINDS) {
			Set<String> ids = new LinkedHashSet<>();
			keyMatches.stream()
				.filter(m -> kind.equals(m.get("kind")))
				.filter(m -> countryCode == null || countryCode.equals(m.get("country")))
				.forEach(m -> ids.add((String) m.get("id")));
			if (!ids.isEmpty()) {
				List<Organization> found = this.firms.organizations(ids);
				return (found.size() == 1)
						? new NameMatch(name, "MATCH", NameKeys.rule(kind), found.get(0),
								withFirst(name, found, similar))
						: new NameMatch(name, "AMBIGUOUS", NameKeys.rule(kind), null, withFirst(name, found, similar));
			}
		}
		if (!similar.isEmpty() && similar.get(0).score() >= SIMILAR) {
			return new NameMatch(name, "AMBIGUOUS", "similar names only", null, similar);
		}
		return new NameMatch(name, "NONE", "no similar name", null, similar);
	}

	/**
	 * The organizations the rules found, first, then the other similar names; as many as
	 * were asked for, but never fewer than the rules found.
	 */
	private static List<SearchHit> withFirst(String name, List<Organization> found, List<SearchHit> similar) {
		List<SearchHit> hits = new ArrayList<>();
		for (Organization organization : found) {
			NameSimilarity.Match match = NameSimilarity.best(name, organization);
			hits.add(new SearchHit(match.score(), organization, match.field(), match.name()));
		}
		Set<String> ids = new LinkedHashSet<>(found.stream().map(Organization::id).toList());
		similar.stream()
			.filter(hit -> !ids.contains(hit.organization().id()))
			.limit(Math.max(0, similar.size() - hits.size()))
			.forEach(hits::add);
		return hits;
	}

}
