package io.littlegiants.kb.firm;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.littlegiants.kb.common.AnswerCache;
import io.littlegiants.kb.common.Today;
import org.neo4j.driver.Bookmark;

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

	/**
	 * From this many matches, a page not cut from a kept order may walk the firms in the
	 * list's order ({@link FirmWalk}) before it sorts every match (see
	 * {@link #walkable}).
	 */
	static final long MANY_FIRMS = 10_000;

	private final FirmQueries queries;

	private final Today today;

	private final AnswerCache answers;

	private final KeptFirmOrders keptOrders;

	private final FirmWalk walk;

	FirmService(FirmQueries queries, Today today, AnswerCache answers, KeptFirmOrders keptOrders, FirmWalk walk) {
		this.queries = queries;
		this.today = today;
		this.answers = answers;
		this.keptOrders = keptOrders;
		this.walk = walk;
	}

	public Optional<Organization> organization(String id) {
		return this.queries.organization(id);
	}

	public List<Organization> organizations(Collection<String> ids) {
		return this.queries.organizations(ids);
	}

	/** The organizations with these ids, by id; an id no organization has is left out. */
	public Map<String, Organization> organizationsById(Collection<String> ids) {
		return this.queries.organizationsById(ids);
	}

	/**
	 * A page of firms matching the filter.
	 * @param after where the previous page ended, or null
	 * @param withTotal whether to count all matches too (kept per state of the data)
	 */
	public FirmPage firms(FirmFilter filter, FirmOrder order, int first, FirmPosition after, boolean withTotal) {
		FirmFilter given = (filter == null) ? FirmFilter.NONE : filter;
		LocalDate day = this.today.date();
		// The count (kept) tells whether the order of the matches may be kept too; a
		// request for the count alone (first: 0) leaves the order be. Both are kept for
		// the state of the data, read once. A name is typed afresh more often than paged
		// through: it costs the page's statement alone, not the count and the order too.
		boolean keepOrder = this.answers.keepsAnswers() && given.name() == null;
		boolean counted = withTotal || keepOrder;
		Set<Bookmark> state = (counted && this.answers.keepsAnswers()) ? this.answers.state() : Set.of();
		Long total = counted ? total(given, day, state) : null;
		FirmPage page = (keepOrder && first > 0 && this.keptOrders.keeps(total))
				? this.keptOrders.page(given, order, first, after, day, state) : null;
		long walkable = (page == null && first > 0) ? walkable(given, first, total, day) : 0;
		if (walkable > 0) {
			page = this.walk.page(given, order, first, after, day, walkable);
		}
		if (page == null) {
			page = this.queries.page(given, order, first, after, day);
		}
		return withTotal ? page.withTotal(total) : page;
	}

	/**
	 * How many firms a page may walk before it sorts the matches instead; 0 to sort at
	 * once. Walking a firm reads about twice the db hits of sorting a match: a walk cut
	 * at a quarter of the matches costs at most about half the sort it would save, and a
	 * page of matches spread over the order walks about page x organizations / matches
	 * firms, so a walk is tried only when that fits (the 11,255 Little Giants of 1.1
	 * million firms would take about 9,900 firms a page: sorted).
	 */
	private long walkable(FirmFilter filter, int first, Long total, LocalDate day) {
		if (total == null) {
			return (filter.name() != null) ? walkableByName(filter, first, day) : 0;
		}
		if (total < MANY_FIRMS) {
			return 0;
		}
		long most = total / 4;
		long spread = (first + 1L) * this.queries.organizationCount() / total;
		return (spread <= most) ? most : 0;
	}

	/**
	 * A name is not counted (above), so whether its matches are many is looked at first,
	 * by counting them up to {@link #MANY_FIRMS}. A name that many firms bear walks as
	 * far as a page of matches spread over the order would take, at that many matches. At
	 * 1.1 million firms a page of a name most firms bear ("co") took 1.8 s sorted; a rare
	 * name costs the look only (it reads its few matches), where walking 5,000 firms
	 * before sorting took a rare name from 20-40 ms to 170 ms.
	 */
	private long walkableByName(FirmFilter filter, int first, LocalDate day) {
		if (this.queries.countUpTo(filter, day, MANY_FIRMS) < MANY_FIRMS) {
			return 0;
		}
		return (first + 1L) * this.queries.organizationCount() / MANY_FIRMS;
	}

	/**
	 * How many firms meet the filter, kept for the state of the data: the count reads
	 * every match (the 11,255 Little Giants among 1.1 million firms, 79,000 db hits),
	 * while each page reads only its own, and every page of a list asks for it again.
	 */
	private long total(FirmFilter filter, LocalDate day, Set<Bookmark> state) {
		Map<String, Object> params = new HashMap<>();
		String statement = this.queries.countStatement(filter, day, params);
		return (Long) this.answers
			.answer(state, statement, params, () -> List.of(Map.of("n", this.queries.count(statement, params))))
			.get(0)
			.get("n");
	}

	/** Certifications of many firms at once, keyed by firm id. */
	public Map<String, List<Certification>> certifications(Collection<String> firmIds) {
		return this.queries.certifications(firmIds);
	}

	/**
	 * Search over every organization's names, aliases and the pinyin of Chinese names,
	 * best match first. Lucene finds candidates (words as given, Latin words also with a
	 * typo or two: {@code siemens~1}); each is then scored 0..1 by
	 * {@link NameSimilarity}, ties broken by Lucene's relevance. The text is matched as
	 * plain words: Lucene operators in it are escaped, never interpreted.
	 */
	public List<SearchHit> search(String text, int limit) {
		String plain = text == null ? "" : text.strip();
		String escaped = LUCENE_OPERATOR.matcher(LUCENE_SPECIAL.matcher(plain).replaceAll("\\\\$0"))
			.replaceAll(m -> m.group().toLowerCase());
		if (escaped.isBlank()) {
			return List.of();
		}
		String query = escaped + typoTolerant(plain);
		return this.queries.search(query, Math.min(limit * 5, 500)).stream().map(hit -> {
			NameSimilarity.Match match = NameSimilarity.best(plain, hit.organization());
			return new Ranked(new SearchHit(match.score(), hit.organization(), match.field(), match.name()),
					hit.score());
		})
			.sorted(Comparator.comparingDouble(Ranked::score).thenComparingDouble(Ranked::relevance).reversed())
			.limit(limit)
			.map(Ranked::hit)
			.toList();
	}

	/** A hit and Lucene's relevance of it, which breaks ties of score. */
	private record Ranked(SearchHit hit, double relevance) {

		double score() {
			return this.hit.score();
		}

	}

	/**
	 * Fuzzy terms for the Latin words of a text: one edit allowed from five letters, two
	 * from nine.
	 */
	static String typoTolerant(String text) {
		StringBuilder fuzzy = new StringBuilder();
		for (String word : NameKeys.english(text).split(" ")) {
			if (word.length() >= 5 && word.chars().allMatch(c -> c < 128)) {
				fuzzy.append(' ').append(word).append(word.length() >= 9 ? "~2" : "~1");
			}
		}
		return fuzzy.toString();
	}

	/** The code of a Chinese province given by code, Chinese or English name. */
	public Optional<String> provinceCode(String province) {
		return this.queries.provinceCode(province);
	}

}
