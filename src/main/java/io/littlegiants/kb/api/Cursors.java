package io.littlegiants.kb.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.InvalidInputException;

/**
 * Opaque page cursors: URL-safe Base64 of a kind tag and the values a keyset page resumes
 * from. A cursor from another list or order is rejected, not misread.
 */
final class Cursors {

	private static final String SEPARATOR = "\u001f";

	private Cursors() {
	}

	static String encode(String kind, String... values) {
		String raw = kind + SEPARATOR + String.join(SEPARATOR, values);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The values of a cursor of the given kind, or null for a null cursor.
	 * @throws InvalidInputException if the cursor is malformed or of another kind
	 */
	static List<String> decode(String kind, String cursor, int values) {
		if (cursor == null) {
			return null;
		}
		String raw;
		try {
			raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw malformed(cursor);
		}
		List<String> parts = List.of(raw.split(SEPARATOR, -1));
		if (parts.size() != values + 1 || !parts.get(0).equals(kind)) {
			throw malformed(cursor);
		}
		return parts.subList(1, parts.size());
	}

	private static InvalidInputException malformed(String cursor) {
		return new InvalidInputException("after", "'" + cursor
				+ "' is not a cursor of this list and order: pass a cursor returned by the same field with the same orderBy");
	}

	/**
	 * A page of the facts behind an aggregate as a connection, its cursors naming the
	 * last key of each row.
	 * @param kind the cursor kind: the list and what it is ordered by
	 * @param key the key a row is ordered by
	 */
	static <T> Connection<T> connection(Analysis.Page<T> page, String kind, Function<T, String> key,
			boolean afterGiven) {
		return connectionByKeys(page, kind, item -> new String[] { key.apply(item) }, afterGiven);
	}

	/**
	 * The same, for rows ordered by more than one key.
	 * @param keys the keys a row is ordered by, in order
	 */
	static <T> Connection<T> connectionByKeys(Analysis.Page<T> page, String kind, Function<T, String[]> keys,
			boolean afterGiven) {
		List<Connection.Edge<T>> edges = page.items()
			.stream()
			.map(item -> new Connection.Edge<>(item, encode(kind, keys.apply(item))))
			.toList();
		return Connection.of(edges, page.hasNextPage(), afterGiven, (long) page.totalCount());
	}

	/** Checks a page size against its bounds. */
	static int pageSize(int first, int max) {
		if (first < 0 || first > max) {
			throw new InvalidInputException("first", "first must be between 0 and " + max + ", was " + first);
		}
		return first;
	}

}
