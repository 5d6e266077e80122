package io.littlegiants.kb.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The data the answers are computed from: the datasets loaded and the imports completed.
 * An analyst cites {@link #version()} with a figure, and another day's answer with the
 * same version was computed from the same data.
 *
 * @param version a short code of the whole state: changes whenever a dataset or an import
 * does
 * @param datasets the datasets loaded at start (the shipped one)
 * @param imports the imports completed since, oldest first
 */
public record DataVersion(String version, List<Dataset> datasets, List<Import> imports) {

	/**
	 * A dataset loaded at start.
	 *
	 * @param checksum SHA-256 of its files and scripts
	 */
	public record Dataset(String id, String checksum, long rows, String loadedAt) {
	}

	/**
	 * A completed import of one file.
	 *
	 * @param runId the run's id: a hash of the file's content, format, options and source
	 */
	public record Import(String runId, String file, String format, String sourceId, Long rows, String completedAt) {
	}

	static DataVersion of(List<Dataset> datasets, List<Import> imports) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			datasets.forEach(d -> digest.update((d.id() + "=" + d.checksum() + "\n").getBytes(StandardCharsets.UTF_8)));
			imports.forEach(i -> digest.update((i.runId() + "\n").getBytes(StandardCharsets.UTF_8)));
			return new DataVersion(HexFormat.of().formatHex(digest.digest()).substring(0, 12), datasets, imports);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
