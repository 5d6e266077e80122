package io.littlegiants.kb.pyramid;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.littlegiants.kb.catalog.CatalogService;
import io.littlegiants.kb.catalog.ProgramFact;
import io.littlegiants.kb.catalog.Tier;
import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Analysis.Bounded;
import io.littlegiants.kb.common.CypherOrder;
import io.littlegiants.kb.common.Graph;
import io.littlegiants.kb.common.NamedQueries;
import io.littlegiants.kb.common.TierId;
import io.littlegiants.kb.firm.Certification;
import io.littlegiants.kb.firm.CertificationLevel;
import io.littlegiants.kb.firm.Organization;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions about the cultivation pyramid itself: how it fills up, who is due for review,
 * and who appears to fall below the selection criteria.
 */
@Service
@Transactional(readOnly = true)
public class PyramidService {

	/** The values of a row of the funnel's tally: its ten columns and the row itself. */
	private static final int TALLY_ROW_VALUES = 11;

	/**
	 * Kept in place of a tally too large to keep (the certifications all differ, say), so
	 * that the next request counts from the certifications at once.
	 */
	private static final List<Map<String, Object>> TALLY_TOO_LARGE = List.of(Map.of("tallyTooLarge", true));

	/**
	 * Above this many firms behind a count, a page of them is cut by walking the firms in
	 * id order ({@code cultivation-funnel-firms-by-id.cypher}) instead of collecting them
	 * all: at 1.1 million firms, 0.2 s instead of 6.7 s for the pyramid's base. Below it,
	 * collecting is as fast and does not walk the firms outside the count.
	 */
	static final int MANY_FIRMS = 10_000;

	/**
	 * The places the audit's first step keeps: as many as a page may hold (the API's
	 * {@code first} is 1 to 500), so that a page of any size is cut from them.
	 */
	static final int MOST_ROWS = 500;

	/**
	 * The audit's order, on each firm's place [rank, name, id]: BELOW first, then
	 * UNKNOWN, then MEETS, each by name (a firm without one last), then id; names
	 * compared by code point, as Cypher orders them.
	 */
	private static final Comparator<List<?>> AUDIT_ORDER = Comparator
		.comparing((List<?> place) -> ((Number) place.get(0)).longValue())
		.thenComparing(place -> (String) place.get(1), CypherOrder.TEXT)
		.thenComparing(place -> (String) place.get(2), CypherOrder.TEXT);

	private final NamedQueries queries;

	private final CatalogService catalog;

	private final DueCertifications due;

	PyramidService(NamedQueries queries, CatalogService catalog, DueCertifications due) {
		this.queries = queries;
		this.due = due;
		this.catalog = catalog;
	}

	/** {@code cypher/queries/cultivation-funnel.cypher}. */
	public CultivationFunnel funnel(LocalDate asOf, CertificationLevel level, String provinceCode, String sector,
			List<String> exclude) {
		CultivationFunnel.Scope scope = new CultivationFunnel.Scope(asOf, level, provinceCode, sector, exclude);
		Map<String, Object> parameters = Analysis.parameters("asOf", asOf, "level", level, "provinceCode", provinceCode,
				"sector", sector, "exclude", exclude);
		List<CultivationFunnel.TierCount> tiers = this.queries
			.runCached("cultivation-funnel", parameters, () -> funnelRows(parameters, sector))
			.stream()
			.map(row -> {
				Tier tier = Tier.from(Graph.map(row.get("tier")));
				List<CultivationFunnel.BatchCount> batches = Graph.maps(row.get("byBatch"))
					.stream()
					.map(b -> new CultivationFunnel.BatchCount(Graph.integer(b, "batch"), Graph.integer(b, "firms")))
					.toList();
				List<ProgramFact> facts = Graph.maps(row.get("publishedCounts"))
					.stream()
					.map(ProgramFact::from)
					.toList();
				return new CultivationFunnel.TierCount(tier, tier.targetSize(), count(row, "activeFirms"),
						count(row, "proposedFirms"), count(row, "expiredFirms"), count(row, "unknownValidityFirms"),
						batches, facts, count(row, "unverifiedFacts"), count(row, "lowAuthorityFacts"), scope);
			})
			.toList();
		return new CultivationFunnel(asOf, tiers);
	}

	/**
	 * The funnel's rows: counted from the tally of the certifications for the sector
	 * ({@code cultivation-funnel-tally.cypher}, kept per state of the data, so that other
	 * days, levels, provinces and exclusions do not read the certifications again), or
	 * from the certifications themselves when that tally is too large to keep.
	 */
	List<Map<String, Object>> funnelRows(Map<String, Object> parameters, String sector) {
		long maxRows = this.queries.maxKeptValues() / TALLY_ROW_VALUES;
		if (maxRows > 0) {
			Map<String, Object> scope = Analysis.parameters("sector", sector, "limit", maxRows + 1);
			List<Map<String, Object>> tally = this.queries.runCached("cultivation-funnel-tally", scope, () -> {
				List<Map<String, Object>> rows = this.queries.run("cultivation-funnel-tally", scope);
				return (rows.size() > maxRows) ? TALLY_TOO_LARGE : rows;
			});
			if (!tally.equals(TALLY_TOO_LARGE)) {
				Map<String, Object> counted = new HashMap<>(parameters);
				counted.put("tally", tally);
				return this.queries.run("cultivation-funnel-from-tally", counted);
			}
		}
		return this.queries.run("cultivation-funnel", parameters);
	}

	/**
	 * {@code cypher/queries/cultivation-funnel-firms.cypher}: the firms behind a count of
	 * a tier of the funnel, by id.
	 * @param status ACTIVE, PROPOSED, EXPIRED or UNKNOWN
	 * @param batch the batch, or null for all
	 * @param afterId the last id of the previous page, or null
	 */
	public Analysis.Page<Organization> funnelFirms(CultivationFunnel.TierCount count, String status, Integer batch,
			String afterId, int rows) {
		CultivationFunnel.Scope scope = count.scope();
		Map<String, Object> parameters = Analysis.parameters("tier", count.tier().id(), "status", status, "batch",
				batch, "asOf", scope.asOf(), "level", scope.level(), "provinceCode", scope.provinceCode(), "sector",
				scope.sector(), "exclude", scope.exclude(), "after", afterId, "limit", rows + 1);
		Integer counted = countBehind(count, status, batch);
		if (counted != null && counted > MANY_FIRMS) {
			Map<String, Object> row = this.queries.run("cultivation-funnel-firms-by-id", parameters).get(0);
			return Analysis.Page.of(Organization.allFrom(row.get("page")), rows, counted);
		}
		Map<String, Object> row = this.queries.runCached("cultivation-funnel-firms", parameters).get(0);
		return Analysis.Page.of(Organization.allFrom(row.get("page")), rows, Graph.integer(row, "totalCount"));
	}

	/**
	 * The funnel's count of the firms of a status (and, for active firms, a batch); null
	 * where it has none (the expired firms of a batch, say).
	 */
	static Integer countBehind(CultivationFunnel.TierCount count, String status, Integer batch) {
		if (batch != null) {
			return !"ACTIVE".equals(status) ? null
					: count.byBatch()
						.stream()
						.filter(b -> batch.equals(b.batch()))
						.map(CultivationFunnel.BatchCount::firms)
						.findFirst()
						.orElse(0);
		}
		return switch (status) {
			case "ACTIVE" -> count.activeFirms();
			case "PROPOSED" -> count.proposedFirms();
			case "EXPIRED" -> count.expiredFirms();
			case "UNKNOWN" -> count.unknownValidityFirms();
			default -> null;
		};
	}

	/** {@code cypher/queries/recertification-due.cypher}. */
	public Bounded<DueCertification> recertificationDue(LocalDate from, LocalDate to, TierId tier, List<String> exclude,
			int rows) {
		Map<String, Object> window = Analysis.parameters("from", from, "to", to, "tier", tier, "exclude", exclude);
		Map<String, Object> asked = new HashMap<>(window);
		asked.put("limit", rows + 1);
		List<DueCertification> due = this.queries
			.runCached("recertification-due", asked, () -> this.due.first(window, rows + 1))
			.stream()
			.map(row -> {
				Organization firm = Organization.from(Graph.map(row.get("firm")));
				return new DueCertification(firm, Certification.from(firm.id(), Graph.map(row.get("certification"))));
			})
			.toList();
		return Bounded.of(due, rows);
	}

	/** {@code cypher/queries/criteria-audit.cypher}. */
	public CriteriaAudit criteriaAudit(TierId tier, CriteriaAudit.Criteria criteria, boolean activeOnly, LocalDate day,
			List<String> exclude, int rows) {
		CriteriaAudit.Criteria c = criteria == null ? CriteriaAudit.Criteria.DEFAULTS : criteria;
		Map<String, Object> parameters = Analysis.parameters("tier", tier, "minRdIntensityLarge",
				c.minRdIntensityLarge(), "minRdIntensitySmall", c.minRdIntensitySmall(), "minInventionPatents",
				c.minInventionPatents(), "minMainBusinessShare", c.minMainBusinessShare(), "revenueMin", c.revenueMin(),
				"revenueMax", c.revenueMax(), "day", day, "activeOnly", activeOnly, "exclude", exclude);
		// The page's size is part of the kept answer's key, not of the kept places': a
		// page of another size is cut from them (the query never sees it).
		Map<String, Object> asked = new HashMap<>(parameters);
		asked.put("limit", rows);
		Map<String, Object> row = this.queries.runCached("criteria-audit", asked, () -> {
			int most = Math.max(rows, MOST_ROWS);
			Map<String, Object> kept = new HashMap<>(parameters);
			kept.put("most", most);
			Map<String, Object> places = this.queries
				.runCached("criteria-audit places", kept, () -> List.of(auditPlaces(parameters, most)))
				.get(0);
			return List.of(auditPage(parameters, places, rows));
		}).get(0);
		Map<String, ProgramFact> facts = this.catalog.programFacts(null)
			.stream()
			.collect(Collectors.toMap(ProgramFact::id, Function.identity()));
		List<CriteriaAudit.AuditedFirm> firms = Graph.maps(row.get("rows")).stream().map(r -> {
			List<CriteriaAudit.Check> checks = Graph.maps(r.get("checks"))
				.stream()
				.map(k -> new CriteriaAudit.Check(Graph.str(k, "criterion"), Graph.str(k, "status"),
						Graph.decimal(k, "threshold"), Graph.decimal(k, "thresholdMax"),
						Figure.from(Graph.map(k.get("figure"))), Figure.from(Graph.map(k.get("basis"))),
						facts.get(Graph.str(k, "factId"))))
				.toList();
			return new CriteriaAudit.AuditedFirm(Organization.from(Graph.map(r.get("firm"))), Graph.str(r, "verdict"),
					checks);
		}).toList();
		int below = count(row, "below");
		int unknown = count(row, "unknown");
		int meets = count(row, "meets");
		return new CriteriaAudit(below, unknown, meets, firms, below + unknown + meets > firms.size());
	}

	/**
	 * The criteria audit in its two steps ({@code criteria-audit.cypher}), neither kept:
	 * {@link #auditPlaces}, then {@link #auditPage}.
	 */
	List<Map<String, Object>> auditRows(Map<String, Object> parameters, int rows) {
		return List.of(auditPage(parameters, auditPlaces(parameters, rows), rows));
	}

	/**
	 * The audit's first step: every firm's place, streamed and counted by verdict
	 * ({@code below}, {@code unknown}, {@code meets}), and the ids of the first
	 * {@code most} in the audit's order ({@code page}).
	 */
	private Map<String, Object> auditPlaces(Map<String, Object> parameters, int most) {
		Map<String, Object> every = new HashMap<>(parameters);
		every.put("ids", null);
		long[] counts = new long[3];
		// The page's places, worst first, so that a better place pushes out the worst.
		PriorityQueue<List<?>> kept = new PriorityQueue<>(AUDIT_ORDER.reversed());
		this.queries.stream("criteria-audit", every, place -> {
			List<?> firm = Arrays.asList(place.get("rank"), place.get("name"), place.get("id"));
			counts[((Number) firm.get(0)).intValue()]++;
			// Once the page is full, most places are no better than its worst: one test.
			// (At 1.1 million firms the stream is a million places.)
			if (kept.size() < most || (most > 0 && AUDIT_ORDER.compare(firm, kept.peek()) < 0)) {
				kept.add(firm);
				if (kept.size() > most) {
					kept.poll();
				}
			}
		});
		Map<String, Object> places = new HashMap<>();
		places.put("below", counts[0]);
		places.put("unknown", counts[1]);
		places.put("meets", counts[2]);
		places.put("page", kept.stream().sorted(AUDIT_ORDER).map(place -> (String) place.get(2)).toList());
		return places;
	}

	/**
	 * The audit's second step: the rows of the first {@code rows} firms of
	 * {@code places}, with the counts.
	 */
	private Map<String, Object> auditPage(Map<String, Object> parameters, Map<String, Object> places, int rows) {
		List<String> ids = Graph.strings(places, "page");
		List<String> page = ids.subList(0, Math.min(rows, ids.size()));
		List<Map<String, Object>> pageRows = List.of();
		if (!page.isEmpty()) {
			Map<String, Object> some = new HashMap<>(parameters);
			some.put("ids", page);
			Map<String, Map<String, Object>> byId = this.queries.run("criteria-audit", some)
				.stream()
				.map(r -> Graph.map(r.get("row")))
				.collect(Collectors.toMap(r -> Graph.str(Graph.map(r.get("firm")), "id"), Function.identity()));
			// A firm written away between the two steps (read-committed) is left out.
			pageRows = page.stream().map(byId::get).filter(Objects::nonNull).toList();
		}
		Map<String, Object> audit = new HashMap<>(places);
		audit.remove("page");
		audit.put("rows", pageRows);
		return audit;
	}

	/**
	 * Reported figures of many firms, keyed by firm id, newest period first
	 * ({@code cypher/queries/firm-figures.cypher}).
	 */
	public Map<String, List<Figure>> figuresOf(Collection<String> firmIds) {
		return Graph.grouped(firmIds, this.queries.run("firm-figures", Map.of("ids", List.copyOf(firmIds))), "id",
				row -> Figure.from(Graph.map(row.get("x"))));
	}

	private static int count(Map<String, Object> row, String key) {
		Integer value = Graph.integer(row, key);
		return value == null ? 0 : value;
	}

}
