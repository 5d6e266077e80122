package io.littlegiants.kb.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cautions an analytic answer carries about the facts it rests on: how many of them
 * are only UNVERIFIED (attributed to a source whose retrievable text does not show them)
 * or LOW_AUTHORITY (repost or consultancy pages). An analyst who cites the answer should
 * read those facts' sources first, and the answer says so itself.
 *
 * <p>
 * The facts are found in the answer: every record in it with a {@code confidence} counts
 * once (by its id, where it has one), and parts of it that summed facts without showing
 * them ({@link Counted}) add their counts.
 */
public final class Evidence {

	private Evidence() {
	}

	/**
	 * A part of an answer that aggregates facts it does not show (a sum, a count) and
	 * counts the weak ones among them.
	 */
	public interface Counted {

		/** Facts summed here whose confidence is UNVERIFIED. */
		int unverifiedFacts();

		/** Facts summed here whose confidence is LOW_AUTHORITY. */
		int lowAuthorityFacts();

	}

	/**
	 * A caution about the facts an answer rests on.
	 *
	 * @param code {@code UNVERIFIED_FACTS} or {@code LOW_AUTHORITY_FACTS}
	 * @param message what it means for the answer, in words
	 * @param facts how many facts it concerns
	 */
	public record Warning(String code, String message, int facts) {
	}

	/**
	 * The warnings an answer (any record, list or map of them) calls for; empty if none.
	 */
	public static List<Warning> warnings(Object answer) {
		Tally tally = new Tally();
		tally.visit(answer);
		List<Warning> warnings = new ArrayList<>();
		if (tally.unverified > 0) {
			warnings.add(new Warning("UNVERIFIED_FACTS",
					tally.unverified + " of the facts behind this answer " + (tally.unverified == 1 ? "is" : "are")
							+ " UNVERIFIED: attributed to a source whose retrievable text does not show them "
							+ "(e.g. MERICS, read only in a summary). Read their sources before citing the answer.",
					tally.unverified));
		}
		if (tally.lowAuthority > 0) {
			warnings.add(new Warning("LOW_AUTHORITY_FACTS", tally.lowAuthority + " of the facts behind this answer "
					+ (tally.lowAuthority == 1 ? "rests" : "rest")
					+ " on LOW_AUTHORITY sources (consultancy, repost or summary pages). Read their sources before "
					+ "citing the answer.", tally.lowAuthority));
		}
		return warnings;
	}

	private static final class Tally {

		private final Set<String> seenFacts = new HashSet<>();

		private final Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());

		private int unverified;

		private int lowAuthority;

		void visit(Object value) {
			if (value == null || !this.visited.add(value)) {
				return;
			}
			if (value instanceof Collection<?> items) {
				items.forEach(this::visit);
			}
			else if (value instanceof Map<?, ?> map) {
				map.values().forEach(this::visit);
			}
			else if (value.getClass().isRecord()) {
				visitRecord((Record) value);
			}
		}

		private void visitRecord(Record record) {
			if (record instanceof Counted counted) {
				this.unverified += counted.unverifiedFacts();
				this.lowAuthority += counted.lowAuthorityFacts();
			}
			Map<String, Object> components = new LinkedHashMap<>();
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				components.put(component.getName(), read(component, record));
			}
			if (components.get("confidence") instanceof Confidence confidence) {
				Object id = components.get("id");
				String key = record.getClass().getName() + "#" + ((id != null) ? id : System.identityHashCode(record));
				if (this.seenFacts.add(key)) {
					count(confidence);
				}
			}
			components.values().forEach(this::visit);
		}

		private void count(Confidence confidence) {
			if (confidence == Confidence.UNVERIFIED) {
				this.unverified++;
			}
			else if (confidence == Confidence.LOW_AUTHORITY) {
				this.lowAuthority++;
			}
		}

		private static Object read(RecordComponent component, Record record) {
			try {
				return component.getAccessor().invoke(record);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Cannot read " + component, ex);
			}
		}

	}

}
