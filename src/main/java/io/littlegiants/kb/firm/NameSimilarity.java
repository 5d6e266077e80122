package io.littlegiants.kb.firm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How well a name as given matches an organization, from 0 to 1, and by which of its
 * names. Names are compared by their lookup keys ({@link NameKeys}), so case, width,
 * punctuation and spellings of legal forms do not count:
 * <ul>
 * <li>1: the key of a name or alias equals the key of the text;</li>
 * <li>up to 0.95: the text equals the pinyin of a Chinese name (a transliteration, so one
 * step below the name itself);</li>
 * <li>otherwise the Jaro-Winkler similarity of the keys (typos cost a little), or 0.9
 * times that of the best run of words or characters of the same length in the name (the
 * text names part of it, as "Huiding" does 深圳市汇顶科技股份有限公司).</li>
 * </ul>
 */
public final class NameSimilarity {

	/** A name found as part of a longer one scores at most this. */
	static final double PART = 0.9;

	/** A name found by its pinyin scores at most this. */
	static final double PINYIN = 0.95;

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private NameSimilarity() {
	}

	/**
	 * The best match of a text among an organization's names.
	 *
	 * @param score 0 to 1
	 * @param field NAME, NAME_ZH, SHORT_NAME_ZH, NAME_EN, ALIAS or PINYIN
	 * @param name the organization's name that matched (the Chinese name, for pinyin)
	 */
	public record Match(double score, String field, String name) {
	}

	public static Match best(String text, Organization organization) {
		Match best = new Match(0, null, null);
		if (text == null || text.isBlank()) {
			return best;
		}
		boolean chinese = NameKeys.hasChinese(text);
		String key = chinese ? NameKeys.legal(text) : NameKeys.english(text);
		List<String[]> names = new ArrayList<>();
		names.add(new String[] { "NAME", organization.name() });
		names.add(new String[] { "NAME_ZH", organization.nameZh() });
		names.add(new String[] { "SHORT_NAME_ZH", organization.shortNameZh() });
		names.add(new String[] { "NAME_EN", organization.nameEn() });
		organization.aliases().forEach(alias -> names.add(new String[] { "ALIAS", alias }));
		for (String[] candidate : names) {
			String name = candidate[1];
			if (name == null || name.isBlank() || NameKeys.hasChinese(name) != chinese) {
				continue;
			}
			double score = chinese ? chinese(key, NameKeys.legal(name)) : latin(key, NameKeys.english(name));
			if (score > best.score()) {
				best = new Match(score, candidate[0], name);
			}
		}
		if (!chinese) {
			String joined = key.replace(" ", "");
			for (String name : new String[] { organization.shortNameZh(), organization.nameZh() }) {
				double score = PINYIN * pinyin(joined, Pinyin.ofName(name));
				if (score > best.score()) {
					best = new Match(score, "PINYIN", name);
				}
			}
		}
		return best;
	}

	/** Latin keys: whole, or the best run of as many words in the name. */
	static double latin(String key, String nameKey) {
		if (key.equals(nameKey)) {
			return 1;
		}
		double best = JARO_WINKLER.apply(key, nameKey);
		int size = key.split(" ").length;
		String[] words = nameKey.split(" ");
		for (int start = 0; start + size <= words.length; start++) {
			String run = String.join(" ", Arrays.copyOfRange(words, start, start + size));
			best = Math.max(best, PART * JARO_WINKLER.apply(key, run));
		}
		return best;
	}

	/** Chinese keys: whole, or the best run of as many characters in the name. */
	static double chinese(String key, String nameKey) {
		if (key.equals(nameKey)) {
			return 1;
		}
		double best = JARO_WINKLER.apply(key, nameKey);
		for (int start = 0; start + key.length() <= nameKey.length(); start++) {
			best = Math.max(best, PART * JARO_WINKLER.apply(key, nameKey.substring(start, start + key.length())));
		}
		return best;
	}

	/** Pinyin: the syllables run together, whole or a run of them. */
	static double pinyin(String joinedKey, List<String> syllables) {
		if (syllables.isEmpty() || joinedKey.isEmpty()) {
			return 0;
		}
		String whole = String.join("", syllables);
		if (joinedKey.equals(whole)) {
			return 1;
		}
		double best = JARO_WINKLER.apply(joinedKey, whole);
		for (int start = 0; start < syllables.size(); start++) {
			StringBuilder run = new StringBuilder();
			for (int end = start; end < syllables.size() && run.length() < joinedKey.length() + 3; end++) {
				run.append(syllables.get(end));
				best = Math.max(best, PART * JARO_WINKLER.apply(joinedKey, run.toString()));
			}
		}
		return best;
	}

}
