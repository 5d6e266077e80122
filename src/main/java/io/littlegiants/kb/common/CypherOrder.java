package io.littlegiants.kb.common;

import java.util.Comparator;

/**
 * Cypher's order of texts, for lists ranked in Java from rows a query streamed or kept:
 * by code point, a missing text last (as {@code ORDER BY} ascending puts null).
 */
public final class CypherOrder {

	/** Texts by code point, null last. */
	public static final Comparator<String> TEXT = Comparator.nullsLast(CypherOrder::byCodePoint);

	private CypherOrder() {
	}

	/**
	 * Compares by code point without building arrays of them: it runs once per row of a
	 * ranking over a million firms. Two texts first differ at the same UTF-16 position;
	 * there, a surrogate (half of a code point above U+FFFF) comes after any other unit,
	 * though U+E000 to U+FFFF compare above it as units.
	 */
	static int byCodePoint(String a, String b) {
		int length = Math.min(a.length(), b.length());
		for (int i = 0; i < length; i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y) {
				boolean xSurrogate = Character.isSurrogate(x);
				if (xSurrogate != Character.isSurrogate(y)) {
					return xSurrogate ? 1 : -1;
				}
				return x - y;
			}
		}
		return a.length() - b.length();
	}

}
