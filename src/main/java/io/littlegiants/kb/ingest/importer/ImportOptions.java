package io.littlegiants.kb.ingest.importer;

import java.nio.charset.Charset;
import java.nio.file.Path;

import io.littlegiants.kb.common.TierId;
import io.littlegiants.kb.firm.CertificationLevel;

/**
 * What the user asked for on the command line.
 *
 * @param format the layout of the files
 * @param source where the facts come from (an existing source id or a new source)
 * @param dryRun validate and report, write nothing
 * @param lenient load the valid rows and write the rejects beside the input
 * @param encoding the files' encoding, or null to detect UTF-8 or GB18030
 * @param aliases an alias file overriding entity resolution, or null
 * @param list the certification a list-format file records
 * @param verbose print a line as each batch is committed, not only every two seconds
 * @param sheet the sheet of an .xlsx workbook to read, or null for the first
 */
public record ImportOptions(Format format, SourceSpec source, boolean dryRun, boolean lenient, Charset encoding,
		Path aliases, ListSpec list, boolean verbose, String sheet) {

	/** The input layouts. */
	public enum Format {

		/**
		 * The project's own CSV layouts, as under import/ (the file name picks the
		 * layout).
		 */
		KB,
		/**
		 * An MIIT or provincial list: sequence, enterprise name, province, city, batch.
		 */
		LIST,
		/** from, relation, to, product, HS code, since, until, amount, currency. */
		RELATIONS,
		/** Eurostat Comext or UN Comtrade bulk CSV. */
		TRADE

	}

	/**
	 * A source: an existing id, or a new one described by title, publisher, url and date;
	 * {@code synthetic} marks generated data.
	 */
	public record SourceSpec(String id, String title, String publisher, String url, String date, boolean synthetic) {

		/** Confidence of the facts an import creates: SYNTHETIC for generated data. */
		public String confidence() {
			return this.synthetic ? "SYNTHETIC" : "REPORTED";
		}

	}

	/**
	 * The certification every row of a list records.
	 *
	 * @param tier the tier of the list
	 * @param level who awarded it
	 * @param batch batch number, when the file has no batch column
	 * @param year award (or review) year of the list
	 * @param stage what the list reports
	 */
	public record ListSpec(TierId tier, CertificationLevel level, Integer batch, Integer year, ListStage stage) {
	}

	/** What a list reports about its firms: the certification's stage. */
	public enum ListStage {

		/** Firms proposed in a publicity (公示) list. */
		PUBLICITY,
		/** Firms named in a final designation notice. */
		DESIGNATED,
		/** Firms proposed to pass the three-yearly review. */
		REVIEW_PUBLICITY,
		/** Firms that passed the three-yearly review. */
		REVIEW_PASSED,
		/** New designations and passed reviews, without saying which a firm was. */
		DESIGNATED_OR_REVIEWED;

		boolean review() {
			return name().startsWith("REVIEW");
		}

	}

}
