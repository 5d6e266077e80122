package io.littlegiants.kb.firm;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lookup keys for resolving organization names, identical to those {@code derive.py}
 * ships in {@code nameKeys}. Full-width and half-width forms, case and whitespace do not
 * matter; spellings of the same legal form are unified (有限责任公司 = 有限公司), different legal
 * forms are not.
 */
public final class NameKeys {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern NOT_WORD = Pattern.compile("[^0-9a-z\\u3400-\\u9fff]+");

	private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff]");

	private static final Map<String, String> ENGLISH_WORDS = Map.of("limited", "ltd", "company", "co", "corporation",
			"corp", "incorporated", "inc");

	/**
	 * The kinds of name keys in the order entity resolution tries them: the legal name
	 * first, then the short name, the English name and aliases.
	 */
	public static final List<String> KINDS = List.of("LEGAL", "SHORT", "EN", "ALIAS");

	private NameKeys() {
	}

	/** The rule a match of a key of this kind follows, in words. */
	public static String rule(String kind) {
		return switch (kind) {
			case "LEGAL" -> "legal name";
			case "SHORT" -> "short name";
			case "EN" -> "English name";
			default -> "alias";
		};
	}

	/** Key of a Chinese legal (or short) name. */
	public static String legal(String name) {
		String key = WHITESPACE.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC))
			.replaceAll("")
			.toLowerCase();
		return key.replace("有限责任公司", "有限公司").replace("|", "").replace(";", "");
	}

	/**
	 * Key of an English name: lower-case words, punctuation dropped, common legal words
	 * abbreviated.
	 */
	public static String english(String name) {
		String text = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).toLowerCase();
		return Arrays.stream(NOT_WORD.matcher(text).replaceAll(" ").trim().split(" "))
			.filter(w -> !w.isEmpty())
			.map(w -> ENGLISH_WORDS.getOrDefault(w, w))
			.collect(Collectors.joining(" "));
	}

	/**
	 * The key a free-form name is looked up by: legal key when it has Chinese characters.
	 */
	public static String any(String name) {
		return hasChinese(name) ? legal(name) : english(name);
	}

	public static boolean hasChinese(String text) {
		return text != null && CJK.matcher(text).find();
	}

}
