package io.littlegiants.kb.firm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the texts derived from an organization's names in step with them:
 * <ul>
 * <li>{@code pinyinText}, the pinyin words full-text search finds a Chinese name by
 * ({@code pinyinOf} records the names it was written from);</li>
 * <li>{@code nameText}, every name and alias in lower case, one a line, which the firm
 * list's name filter reads through a text index: a case-blind CONTAINS on five
 * properties, which no index serves, tested every firm (3.6-4.1 s at 1.1 million).</li>
 * </ul>
 * The importer writes them with each batch that names organizations, the schema's upgrade
 * fills in {@code nameText} where a store has none, and a start catches up on names
 * written by other means.
 */
public final class SearchTexts {

	private static final Logger log = LoggerFactory.getLogger(SearchTexts.class);

	private static final int BATCH = 2_000;

	/**
	 * {@code nameText} of an organization {@code o}, in Cypher. {@link #nameText}
	 * computes the same in Java.
	 */
	public static final String NAME_TEXT = "toLower(coalesce(o.name, '') + '\\n' + coalesce(o.nameZh, '') + '\\n'"
			+ " + coalesce(o.shortNameZh, '') + '\\n' + coalesce(o.nameEn, '')"
			+ " + reduce(s = '', alias IN coalesce(o.aliases, []) | s + '\\n' + alias))";

	private static final String STALE_CONDITION = """
			((o.nameZh IS NOT NULL OR o.shortNameZh IS NOT NULL)
			  AND coalesce(o.pinyinOf, '') <> coalesce(o.nameZh, '') + '|' + coalesce(o.shortNameZh, ''))
			OR coalesce(o.nameText, '') <> %s
			""".formatted(NAME_TEXT);

	private static final String STALE = "MATCH (o:Organization) WHERE " + STALE_CONDITION
			+ "RETURN o.id AS id, o.nameZh AS nameZh, o.shortNameZh AS shortNameZh";

	private static final String STALE_AMONG = "UNWIND $ids AS id MATCH (o:Organization {id: id}) WHERE "
			+ STALE_CONDITION + "RETURN o.id AS id, o.nameZh AS nameZh, o.shortNameZh AS shortNameZh";

	private static final String WRITE = """
			UNWIND $rows AS row
			MATCH (o:Organization {id: row.id})
			SET o.pinyinText = row.text, o.pinyinOf = row.of, o.nameText = %s
			""".formatted(NAME_TEXT);

	/**
	 * Fills in {@code nameText} where it is missing or out of step, in batches: run with
	 * the schema, so that a store written before the name filter read it is filtered
	 * correctly from its first answer. The condition stands inside the batches, where it
	 * does not make the planner keep every organization first.
	 */
	public static final String UPGRADE = """
			MATCH (o:Organization)
			CALL (o) {
			  WITH o WHERE coalesce(o.nameText, '') <> %1$s
			  SET o.nameText = %1$s
			} IN TRANSACTIONS OF 10000 ROWS
			""".formatted(NAME_TEXT);

	private SearchTexts() {
	}

	/**
	 * {@code nameText} in Java, for a store written without Cypher (the bulk load): the
	 * same as {@link #NAME_TEXT}.
	 */
	public static String nameText(String name, String nameZh, String shortNameZh, String nameEn, List<String> aliases) {
		StringBuilder text = new StringBuilder();
		text.append(orEmpty(name)).append('\n').append(orEmpty(nameZh)).append('\n').append(orEmpty(shortNameZh));
		text.append('\n').append(orEmpty(nameEn));
		aliases.forEach(alias -> text.append('\n').append(alias));
		return text.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * The texts of an organization written with its names ({@code pinyinText},
	 * {@code pinyinOf}, {@code nameText}), for a writer that sets them in the same
	 * statement as the names: the values {@link #refresh} would write.
	 */
	public static Map<String, Object> of(String name, String nameZh, String shortNameZh, String nameEn,
			List<String> aliases) {
		Map<String, Object> texts = new HashMap<>();
		if (nameZh != null || shortNameZh != null) {
			texts.put("pinyinText", Pinyin.searchText(nameZh, shortNameZh));
			texts.put("pinyinOf", orEmpty(nameZh) + "|" + orEmpty(shortNameZh));
		}
		texts.put("nameText", nameText(name, nameZh, shortNameZh, nameEn, aliases));
		return texts;
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	/**
	 * Writes the texts of every organization whose names changed: a scan of every
	 * organization, for names written by other means than the importer.
	 * @return how many organizations were updated
	 */
	public static int refresh(Driver driver) {
		long started = System.nanoTime();
		try (var session = driver.session()) {
			List<Map<String, Object>> stale = session.executeRead(tx -> tx.run(STALE).list(SearchTexts::pinyinOf));
			for (int from = 0; from < stale.size(); from += BATCH) {
				List<Map<String, Object>> rows = new ArrayList<>(
						stale.subList(from, Math.min(stale.size(), from + BATCH)));
				session.executeWriteWithoutResult(tx -> tx.run(WRITE, Map.of("rows", rows)).consume());
			}
			if (!stale.isEmpty()) {
				log.info("Search texts written for {} organizations in {} ms", stale.size(),
						(System.nanoTime() - started) / 1_000_000);
			}
			return stale.size();
		}
	}

	/**
	 * Writes the texts of those of the given organizations whose names changed, in the
	 * caller's transaction: an import brings its own batch up to date without a scan of
	 * every organization (2.6 to 9.5 s measured at 1.1 million firms, however small the
	 * file).
	 * @return how many organizations were updated
	 */
	public static int refresh(SimpleQueryRunner tx, Collection<String> ids) {
		List<Map<String, Object>> stale = tx.run(STALE_AMONG, Map.of("ids", List.copyOf(ids)))
			.list(SearchTexts::pinyinOf);
		if (!stale.isEmpty()) {
			tx.run(WRITE, Map.of("rows", stale)).consume();
		}
		return stale.size();
	}

	/** The pinyin of a row's Chinese names, or none when it has none. */
	private static Map<String, Object> pinyinOf(Record r) {
		String nameZh = r.get("nameZh").asString(null);
		String shortNameZh = r.get("shortNameZh").asString(null);
		Map<String, Object> row = new HashMap<>();
		row.put("id", r.get("id").asString());
		if (nameZh != null || shortNameZh != null) {
			row.put("text", Pinyin.searchText(nameZh, shortNameZh));
			row.put("of", orEmpty(nameZh) + "|" + orEmpty(shortNameZh));
		}
		return row;
	}

}
