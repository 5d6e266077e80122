package io.littlegiants.kb.catalog;

import java.util.List;

import io.littlegiants.kb.common.Sha256;

/**
 * The data the answers are computed from: the datasets loaded and the imports completed.
 * An analyst cites {@link #version()} with a figure, and another day's answer with the
 * same version was computed from the same data.
 *
 * @param version a short code of the whole state: changes whenever a dataset or an import
 * does
 * @param datasets the datasets loaded at start (the shipped one)
 * @param imports the imports completed since (not the files of a dataset), oldest first
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
		Sha256 digest = new Sha256();
		datasets.forEach(d -> digest.text(d.id() + "=" + d.checksum() + "\n"));
		imports.forEach(i -> digest.text(i.runId() + "\n"));
		return new DataVersion(digest.hex().substring(0, 12), datasets, imports);
	}

}
