package io.littlegiants.kb.ingest.importer;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.littlegiants.kb.common.TierId;
import io.littlegiants.kb.firm.CertificationLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import}: loads files into the configured database (embedded or external).
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Imports files into the knowledge base, all or nothing per file unless --lenient.",
				"Re-running the same command changes nothing; a run that was killed resumes where it stopped." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every file imported (or, with --dry-run, valid)",
				"1:a file was rejected, or had rejected rows", "2:wrong usage or an unreadable input",
				"4:the database stopped the import (its reason is printed); running it again finishes it" })
public class ImportCommand implements Callable<Integer> {

	@Option(names = "--format", required = true,
			description = "kb (the layouts under import/), list (MIIT/provincial list), relations, trade (Comext or Comtrade)")
	ImportOptions.Format format;

	@Option(names = "--source", description = "id of an existing source")
	String sourceId;

	@Option(names = "--source-title", description = "title of a new source")
	String sourceTitle;

	@Option(names = "--source-publisher", description = "publisher of a new source")
	String sourcePublisher;

	@Option(names = "--source-url", description = "address of a new source")
	String sourceUrl;

	@Option(names = "--source-date", description = "date of a new source (YYYY, YYYY-MM or YYYY-MM-DD)")
	String sourceDate;

	@Option(names = "--synthetic",
			description = "the new source is generated data: it and its facts are marked synthetic")
	boolean synthetic;

	@Option(names = "--dry-run", description = "validate and report, write nothing")
	boolean dryRun;

	@Option(names = "--lenient",
			description = "load the valid rows; write the rejects beside the input (FILE.rejects.csv)")
	boolean lenient;

	@Option(names = "--encoding", description = "the files' encoding; default: UTF-8 or GB18030, detected")
	Charset encoding;

	@Option(names = "--aliases",
			description = "CSV with columns name,id forcing how a name resolves (id NEW: a new firm)")
	Path aliases;

	@Option(names = "--tier", defaultValue = "LITTLE_GIANT",
			description = "list format: tier of the list (${COMPLETION-CANDIDATES}); default ${DEFAULT-VALUE}")
	TierId tier;

	@Option(names = "--level", defaultValue = "NATIONAL",
			description = "list format: ${COMPLETION-CANDIDATES}; default ${DEFAULT-VALUE}")
	CertificationLevel level;

	@Option(names = "--batch", description = "list format: batch number, when the file has no batch column")
	Integer batch;

	@Option(names = "--year", description = "list format: year of the list (award year; review year for reviews)")
	Integer year;

	@Option(names = "--stage", defaultValue = "DESIGNATED",
			description = "list format: ${COMPLETION-CANDIDATES}; default ${DEFAULT-VALUE}")
	ImportOptions.ListStage stage;

	@Option(names = "--sheet", description = "the sheet of .xlsx workbooks to read (default: the first)")
	String sheet;

	@Option(names = "--verbose",
			description = "print a line as each batch of rows is committed (and so survives a crash)")
	boolean verbose;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV files or .xlsx workbooks")
	List<Path> files;

	private final Importer importer;

	private final PrintStream console;

	public ImportCommand(Importer importer, PrintStream console) {
		this.importer = importer;
		this.console = console;
	}

	@Override
	public Integer call() {
		try {
			ImportOptions options = options();
			for (Path file : this.files) {
				if (!Files.isReadable(file)) {
					throw new ImportException(file + ": no such readable file");
				}
			}
			List<ImportReport> reports = this.importer.importFiles(this.files, options, this.console);
			boolean clean = true;
			for (ImportReport report : reports) {
				report.errors().forEach(e -> this.console.println("  " + e));
				report.decisions().forEach(d -> this.console.println("  " + d));
				clean &= report.rejected() == 0;
			}
			return clean ? 0 : 1;
		}
		catch (ImportException ex) {
			this.console.println("import: " + ex.getMessage());
			return 2;
		}
	}

	ImportOptions options() {
		if (this.sourceDate != null && Values.checkPartialDate(this.sourceDate) != null) {
			throw new ImportException("--source-date: " + Values.checkPartialDate(this.sourceDate));
		}
		return new ImportOptions(this.format,
				new ImportOptions.SourceSpec(this.sourceId, this.sourceTitle, this.sourcePublisher, this.sourceUrl,
						this.sourceDate, this.synthetic),
				this.dryRun, this.lenient, this.encoding, this.aliases,
				new ImportOptions.ListSpec(this.tier, this.level, this.batch, this.year, this.stage), this.verbose,
				this.sheet);
	}

}
