package io.littlegiants.kb.firm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Firms and other organizations: lookups, the filtered firm list, certifications.
 */
@Service
@Transactional(readOnly = true)
public class FirmService {

	private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");

	private static final Pattern LUCENE_OPERATOR = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");

	private final FirmQueries queries;

	private final Clock clock;

	FirmService(FirmQueries queries, Optional<Clock> clock) {
		this.queries = queries;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Optional<Organization> organization(String id) {
		return this.queries.organization(id);
	}

	public List<Organization> organizations(Collection<String> ids) {
		return this.queries.organizations(ids);
	}

	/**
	 * A page of firms matching the filter.
	 * @param after where the previous page ended, or null
	 * @param withTotal whether to count all matches too (one more query)
	 */
	public FirmPage firms(FirmFilter filter, FirmOrder order, int first, FirmPosition after, boolean withTotal) {
		return this.queries.page(filter == null ? FirmFilter.NONE : filter, order, first, after, withTotal, today());
	}

	/** Certifications of many firms at once, keyed by firm id. */
	public Map<String, List<Certification>> certifications(Collection<String> firmIds) {
		return this.queries.certifications(firmIds);
	}

	/**
	 * Full-text search over every organization's names and aliases, ranked: a name equal
	 * to the text first, then names starting with it, then by Lucene relevance. The text
	 * is matched as plain words: Lucene operators in it are escaped, never interpreted.
	 */
	public List<SearchHit> search(String text, int limit) {
		String plain = text == null ? "" : text.strip();
		String escaped = LUCENE_OPERATOR.matcher(LUCENE_SPECIAL.matcher(plain).replaceAll("\\\\$0"))
			.replaceAll(m -> m.group().toLowerCase());
		if (escaped.isBlank()) {
			return List.of();
		}
		Comparator<SearchHit> ranking = Comparator.comparingInt((SearchHit hit) -> nameMatch(hit.organization(), plain))
			.thenComparing(Comparator.comparingDouble(SearchHit::score).reversed());
		return this.queries.search(escaped, Math.min(limit * 3, 300)).stream().sorted(ranking).limit(limit).toList();
	}

	/**
	 * 0 when a name equals the text, 1 when one starts with it, 2 otherwise
	 * (case-insensitive).
	 */
	static int nameMatch(Organization organization, String text) {
		String wanted = text.toLowerCase();
		List<String> names = new ArrayList<>(organization.aliases());
		Stream.of(organization.name(), organization.nameZh(), organization.shortNameZh(), organization.nameEn())
			.filter(n -> n != null)
			.forEach(names::add);
		if (names.stream().anyMatch(n -> n.equalsIgnoreCase(wanted))) {
			return 0;
		}
		return names.stream().anyMatch(n -> n.toLowerCase().startsWith(wanted)) ? 1 : 2;
	}

	/** The code of a Chinese province given by code, Chinese or English name. */
	public String provinceCode(String argument, String province) {
		return this.queries.provinceCode(argument, province);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
