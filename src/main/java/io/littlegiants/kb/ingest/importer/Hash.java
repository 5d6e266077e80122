package io.littlegiants.kb.ingest.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids from content, the same way derive.py makes them (hex SHA-1 prefixes).
 */
final class Hash {

	private Hash() {
	}

	/** The first 64 bits of the SHA-1: a compact key for duplicate detection. */
	static long sha1Long(String text) {
		return Long.parseUnsignedLong(sha1(text).substring(0, 16), 16);
	}

	static String sha1(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
