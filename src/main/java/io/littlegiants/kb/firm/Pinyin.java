package io.littlegiants.kb.firm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin of Chinese names, the way they arrive in English-language lists: toneless,
 * lower-case syllables ("Ningde Shidai" for 宁德时代), written apart or run together. A
 * character with several readings takes its first, the commonest.
 */
public final class Pinyin {

	/** Legal forms and other endings left out of the pinyin a name is matched on. */
	private static final Pattern LEGAL_FORM = Pattern.compile("(股份有限公司|有限责任公司|有限公司|集团|股份公司|公司|（.*）|\\(.*\\))+$");

	/** The longest run of syllables joined into one search word ("shenzhenshi"). */
	private static final int MAX_JOINED = 4;

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	/**
	 * Each character's first reading once looked up: pinyin4j looks it up and formats it
	 * again on every call, a third of the time bulk-load spent translating the names of a
	 * 100,000-firm pyramid. At most one entry per {@code char}.
	 */
	private static final Map<Character, String> FIRST_READING = new ConcurrentHashMap<>();

	static {
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	private Pinyin() {
	}

	/**
	 * The syllables of the Chinese characters of a text, in order; other characters are
	 * dropped.
	 */
	public static List<String> syllables(String text) {
		List<String> syllables = new ArrayList<>();
		if (text == null) {
			return syllables;
		}
		for (char c : text.toCharArray()) {
			String reading = FIRST_READING.computeIfAbsent(c, Pinyin::firstReading);
			if (!reading.isEmpty()) {
				syllables.add(reading);
			}
		}
		return syllables;
	}

	/**
	 * The character's first reading, or "" when it has none (not a Chinese character).
	 */
	private static String firstReading(char c) {
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
			return (readings != null && readings.length > 0) ? readings[0] : "";
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The syllables of a name without its legal form: 宁德时代新能源科技股份有限公司 -> ning de shi dai
	 * ...
	 */
	public static List<String> ofName(String chineseName) {
		return syllables((chineseName == null) ? null : LEGAL_FORM.matcher(chineseName.strip()).replaceAll(""));
	}

	/**
	 * The words a Chinese name is found by in pinyin: each syllable, and each run of two
	 * to four syllables written together, so that "Huiding", "hui ding" and "Shenzhen
	 * Huiding" all find 深圳市汇顶科技股份有限公司. Blank when the names have no Chinese characters.
	 */
	public static String searchText(String... chineseNames) {
		Set<String> words = new LinkedHashSet<>();
		for (String name : chineseNames) {
			List<String> syllables = ofName(name);
			for (int start = 0; start < syllables.size(); start++) {
				StringBuilder joined = new StringBuilder();
				for (int end = start; end < Math.min(syllables.size(), start + MAX_JOINED); end++) {
					joined.append(syllables.get(end));
					words.add(joined.toString());
				}
			}
		}
		return String.join(" ", words);
	}

}
