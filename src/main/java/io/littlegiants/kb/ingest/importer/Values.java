package io.littlegiants.kb.ingest.importer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing and checking of cell values shared by the formats. Each check returns the
 * reason a value is wrong, or null when it is fine.
 */
final class Values {

	private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	private static final Pattern CHINESE_BATCH = Pattern.compile("第([一二三四五六七八九十\\d]+)批");

	private static final String CHINESE_DIGITS = "一二三四五六七八九十";

	private Values() {
	}

	/** A year, year-month or date, as sources give them; null when fine. */
	static String checkPartialDate(String text) {
		if (!PARTIAL_DATE.matcher(text).matches()) {
			return "'" + text + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD";
		}
		try {
			switch (text.length()) {
				case 7 -> YearMonth.parse(text);
				case 10 -> LocalDate.parse(text);
				default -> {
				}
			}
			return null;
		}
		catch (DateTimeParseException ex) {
			return "'" + text + "' is not a calendar date";
		}
	}

	/** A non-negative amount; null when fine. */
	static String checkAmount(String text) {
		try {
			double value = Double.parseDouble(text.replace(",", ""));
			if (value < 0) {
				return "negative amount " + text;
			}
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				return "'" + text + "' is not a number";
			}
			return null;
		}
		catch (NumberFormatException ex) {
			return "'" + text + "' is not a number";
		}
	}

	static double amount(String text) {
		return Double.parseDouble(text.replace(",", ""));
	}

	/** A batch written 5, 第五批 or 第5批; null when none can be read. */
	static Integer batch(String text) {
		if (text == null) {
			return null;
		}
		if (text.matches("\\d+")) {
			return Integer.valueOf(text);
		}
		Matcher m = CHINESE_BATCH.matcher(text);
		if (!m.find()) {
			return null;
		}
		String n = m.group(1);
		if (n.matches("\\d+")) {
			return Integer.valueOf(n);
		}
		return n.length() == 1 ? CHINESE_DIGITS.indexOf(n) + 1 : null;
	}

	/** HS codes separated by ; or , or spaces, with dots removed. */
	static List<String> hsCodes(String text) {
		if (text == null) {
			return List.of();
		}
		return new ArrayList<>(
				Arrays.stream(text.split("[;,\\s]+")).map(c -> c.replace(".", "")).filter(c -> !c.isEmpty()).toList());
	}

}
