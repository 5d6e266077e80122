package io.littlegiants.kb.firm;

/**
 * A unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the code
 * alphabet (digits and capitals without I, O, Z, S, V), the last being a check character
 * computed from the first 17 with weights 3^i mod 31.
 *
 * @param value the code, upper case
 */
public record UnifiedSocialCreditCode(String value) {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public UnifiedSocialCreditCode {
		String reason = problem(value);
		if (reason != null) {
			throw new IllegalArgumentException(reason);
		}
	}

	/**
	 * Parses a caller's code, in any case and with spaces around it.
	 * @throws IllegalArgumentException saying what is wrong with it
	 */
	public static UnifiedSocialCreditCode parse(String text) {
		return new UnifiedSocialCreditCode(text == null ? null : text.strip().toUpperCase());
	}

	/** The check character for the first 17 characters of a code. */
	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	private static String problem(String value) {
		if (value == null || value.length() != 18) {
			return "a unified social credit code has 18 characters, got '" + value + "'";
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(value.charAt(i)) < 0) {
				return "'%s' is not a unified social credit code: character %d ('%c') is outside the GB 32100 alphabet"
					.formatted(value, i + 1, value.charAt(i));
			}
		}
		char expected = checkCharacter(value.substring(0, 17));
		if (value.charAt(17) != expected) {
			return "'%s' is not a unified social credit code: its check character is '%c', GB 32100-2015 gives '%c'"
				.formatted(value, value.charAt(17), expected);
		}
		return null;
	}

}
