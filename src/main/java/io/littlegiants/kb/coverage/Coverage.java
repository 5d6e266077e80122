package io.littlegiants.kb.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.littlegiants.kb.catalog.ProgramFact;

/**
 * How much the graph knows about what an analytic answer asks, and what the answer left
 * out: the denominators behind it, the firms the programme published beside those loaded,
 * and cautions in plain words. An answer built on thin data says so here, in the answer
 * itself.
 *
 * @param counts the denominators, e.g. certified firms in scope and how many of them have
 * an HS-coded product
 * @param published firms published per tier and batch beside those the graph holds
 * @param excluded facts the answer did not use, and why
 * @param caveats cautions; empty when the graph covers the question
 */
public record Coverage(List<Count> counts, List<PublishedBatch> published, List<Exclusion> excluded,
		List<Caveat> caveats) {

	/** A denominator: how many things in scope, described in words. */
	public record Count(String name, long count, String description) {
	}

	/**
	 * Firms the programme published for a tier and batch, beside the national
	 * certifications of that batch the graph holds.
	 */
	public record PublishedBatch(String tier, int batch, long published, long loaded, ProgramFact fact) {

		/** loaded / published, 0 when nothing was published. */
		public double share() {
			return (this.published == 0) ? 0 : (double) this.loaded / this.published;
		}

	}

	/**
	 * Facts left out of an answer.
	 *
	 * @param kind the kind of fact, e.g. SUPPLIES, HS_CLASSIFICATION, CERTIFICATION
	 * @param confidence their confidence, when that is why they were left out
	 * @param reason {@code EXCLUDED_CONFIDENCE} or {@code UNCERTIFIED_RIVAL}
	 * @param facts how many
	 */
	public record Exclusion(String kind, String confidence, String reason, long facts) {
	}

	/**
	 * A caution about the answer.
	 *
	 * @param code NO_DATA, THIN_DATA, PARTIAL_LIST, INFERRED_BASIS, EXCLUDED_FACTS or
	 * ABSENCE_IS_NOT_EVIDENCE
	 */
	public record Caveat(String code, String message) {
	}

	/** Collects a coverage part by part. */
	static final class Builder {

		/** Below this share of things with the facts needed, data counts as thin. */
		static final double THIN = 0.5;

		private final List<Count> counts = new ArrayList<>();

		private final List<PublishedBatch> published = new ArrayList<>();

		private final List<Exclusion> excluded = new ArrayList<>();

		private final List<Caveat> caveats = new ArrayList<>();

		/**
		 * Facts per kind and confidence, read once per coverage (a scan of every
		 * relationship the questions read).
		 */
		private Map<String, Map<String, Long>> facts;

		Map<String, Map<String, Long>> facts(Supplier<Map<String, Map<String, Long>>> read) {
			if (this.facts == null) {
				this.facts = read.get();
			}
			return this.facts;
		}

		Builder count(String name, long count, String description) {
			this.counts.add(new Count(name, count, description));
			return this;
		}

		Builder published(List<PublishedBatch> batches) {
			this.published.addAll(batches);
			return this;
		}

		Builder excluded(Exclusion exclusion) {
			this.excluded.add(exclusion);
			return this;
		}

		Builder caveat(String code, String message) {
			this.caveats.add(new Caveat(code, message));
			return this;
		}

		/**
		 * Adds a THIN_DATA caveat when fewer than half of {@code of} have what the answer
		 * needs; none when there is nothing in scope.
		 */
		Builder thin(long having, long of, String message) {
			if (of > 0 && having < THIN * of) {
				caveat("THIN_DATA", String.format(Locale.ROOT, message, having, of, percent(having, of)));
			}
			return this;
		}

		List<Exclusion> exclusions() {
			return this.excluded;
		}

		Coverage build() {
			return new Coverage(List.copyOf(this.counts), List.copyOf(this.published), List.copyOf(this.excluded),
					List.copyOf(this.caveats));
		}

	}

	/** A share as a whole percentage, "<1%" when small but not nothing. */
	static String percent(long part, long whole) {
		if (whole == 0) {
			return "0%";
		}
		double share = 100.0 * part / whole;
		return (part > 0 && share < 1) ? "<1%" : Math.round(share) + "%";
	}

}
