package io.littlegiants.kb.ingest.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.littlegiants.kb.common.Sha256;
import io.littlegiants.kb.firm.SearchTexts;
import io.littlegiants.kb.ingest.PlannerStatistics;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

import static org.neo4j.driver.Values.parameters;

/**
 * Imports files into the graph, all or nothing per file unless lenient.
 * <p>
 * A first pass reads the whole file and checks every row (values, duplicates, names); a
 * file with a bad row loads nothing unless {@code --lenient}, which loads the valid rows
 * and writes the rejects beside the input with the reason per row. A second pass writes
 * in batched transactions, each batch also recording in an {@code ImportRun} node the
 * last row written: a process killed mid-way resumes there when the same command is run
 * again, and MERGE on stable ids makes any repetition harmless. Memory stays flat: rows
 * stream, rejects and resolution decisions are written to files as they come, and only
 * row numbers of skipped rows and 64-bit hashes of duplicate keys are kept.
 */
@Component
public class Importer {

	static final int BATCH_SIZE = 1000;

	/** Errors kept in the report for display; all of them go to the rejects file. */
	static final int ERRORS_SHOWN = 100;

	private final Driver driver;

	private final Map<ImportOptions.Format, RowFormat> formats;

	public Importer(Driver driver) {
		this.driver = driver;
		this.formats = Map.of(ImportOptions.Format.LIST, new ListFormat(), ImportOptions.Format.RELATIONS,
				new RelationsFormat(), ImportOptions.Format.TRADE, new TradeFormat());
	}

	/**
	 * Imports each file in turn.
	 * @param console where progress and the summaries go
	 */
	public List<ImportReport> importFiles(List<Path> files, ImportOptions options, PrintStream console) {
		List<ImportReport> reports = run(files, options, null, console);
		if (reports.stream().anyMatch(ImportReport::written)) {
			// The queries that follow are planned on the data as it now is.
			PlannerStatistics.refresh(this.driver);
		}
		return reports;
	}

	/**
	 * Imports the files of a dataset folder in the project's own layouts, as the start-up
	 * load does: every row names its own sources, a bad row rejects its whole file, and
	 * the runs are recorded as the dataset's, not as imports of their own.
	 * @param dataset the dataset's name, e.g. {@code shipped}
	 * @param files the folder's files, in the order of their scripts
	 * @param dryRun check every row and write nothing
	 */
	public List<ImportReport> importDataset(String dataset, List<Path> files, boolean dryRun, PrintStream console) {
		ImportOptions options = new ImportOptions(ImportOptions.Format.KB, null, dryRun, false, StandardCharsets.UTF_8,
				null, null, false, null);
		return run(files, options, dataset, console);
	}

	private List<ImportReport> run(List<Path> files, ImportOptions options, String dataset, PrintStream console) {
		// The project's own layouts are checked by their scripts' keys, not against
		// reference data.
		Reference reference = (options.format() == ImportOptions.Format.KB) ? new Reference()
				: Reference.load(this.driver);
		Resolver resolver = new Resolver(this.driver, options.aliases());
		// A dataset's rows name their sources; any other import adds its own.
		String sourceId = (dataset != null) ? null : Sources.resolve(this.driver, options.source());
		// Only a list creates firms (other formats leave unknown names unresolved), so
		// only a list needs the listed firms a new name may be a rename of.
		RenameCandidates renames = (options.format() == ImportOptions.Format.LIST)
				? RenameCandidates.load(this.driver, reference) : RenameCandidates.none(reference);
		List<ImportReport> reports = new ArrayList<>();
		for (Path file : files) {
			RowFormat format = options.format() == ImportOptions.Format.KB ? KbFormat.forFile(file)
					: this.formats.get(options.format());
			ImportContext context = new ImportContext(file.getFileName().toString(), options, sourceId, dataset,
					reference, resolver, renames);
			ImportReport report = importFile(file, format, context, console);
			console.println(report.summary());
			reports.add(report);
		}
		return reports;
	}

	private ImportReport importFile(Path file, RowFormat format, ImportContext context, PrintStream console) {
		long started = System.nanoTime();
		ImportReport report = new ImportReport(context.file());
		TableInput input = TableInput.open(file, context.options().encoding(), context.options().sheet(),
				format.columns(), format.required());
		Set<Long> skip = new HashSet<>();
		try (CsvLog rejects = new CsvLog(file.resolveSibling(file.getFileName() + ".rejects.csv"));
				CsvLog decisions = new CsvLog(file.resolveSibling(file.getFileName() + ".resolution.csv"))) {
			decisions.header(List.of("row", "name", "outcome", "id", "rule", "candidates", "possible_renames"));
			validate(input, format, context, report, skip, context.options().lenient() ? rejects : null, decisions);
		}
		report.seconds = (System.nanoTime() - started) / 1e9;
		boolean writable = report.rejected == 0 || context.options().lenient();
		if (context.options().dryRun() || !writable) {
			return report;
		}
		if (context.sourceId() != null) {
			Sources.ensure(this.driver, context.options().source());
		}
		write(file, input, format, context, report, skip, console);
		report.written = true;
		report.seconds = (System.nanoTime() - started) / 1e9;
		return report;
	}

	/** Pass 1: every row checked, names resolved (read only). */
	private void validate(TableInput input, RowFormat format, ImportContext context, ImportReport report,
			Set<Long> skip, CsvLog rejects, CsvLog decisions) {
		Set<Long> keys = new HashSet<>();
		List<Row> batch = new ArrayList<>(BATCH_SIZE);
		List<String> header = new ArrayList<>();
		input.read(h -> {
			header.addAll(h);
			if (rejects != null) {
				List<String> columns = new ArrayList<>(h);
				columns.addAll(List.of("_row", "_column", "_reason"));
				rejects.header(columns);
			}
		}, row -> {
			report.rows++;
			List<RowError> errors = new ArrayList<>(format.check(row, context));
			String key = format.duplicateKey(row);
			if (key != null && !keys.add(Hash.sha1Long(key))) {
				errors.add(context.error(row, null, "duplicate row: " + key + " appears earlier in the file"));
			}
			if (errors.isEmpty()) {
				batch.add(row);
				if (batch.size() == BATCH_SIZE) {
					resolve(batch, format, context, report, skip, rejects, decisions);
				}
			}
			else {
				reject(row, errors, report, skip, rejects);
			}
		}, error -> {
			report.rows++;
			List<String> blank = new ArrayList<>();
			header.forEach(h -> blank.add(""));
			reject(new Row(error.row(), Map.of(), blank), List.of(error), report, skip, rejects);
		});
		resolve(batch, format, context, report, skip, rejects, decisions);
	}

	private void resolve(List<Row> batch, RowFormat format, ImportContext context, ImportReport report, Set<Long> skip,
			CsvLog rejects, CsvLog decisions) {
		if (batch.isEmpty()) {
			return;
		}
		Map<Long, List<Resolver.Resolution>> resolutions = format.resolve(batch, context);
		for (Row row : batch) {
			List<Resolver.Resolution> resolved = resolutions.getOrDefault(row.number(), List.of());
			List<RowError> errors = new ArrayList<>();
			for (Resolver.Resolution r : resolved) {
				// A new firm may be a listed firm under another name: reported,
				// never merged.
				List<String> renames = (r.outcome() == Resolver.Outcome.NEW)
						? context.renames().of(r.name(), context.reference().provinceOf(row.get("province")))
						: List.of();
				decisions.write(List.of(row.number(), r.name(), r.outcome(), r.id() == null ? "" : r.id(), r.rule(),
						String.join(";", r.candidates()), String.join(";", renames)));
				if (r.outcome() == Resolver.Outcome.UNKNOWN) {
					errors.add(context.error(row, null, "no organization has the id or name '" + r.name() + "'"));
				}
			}
			if (!errors.isEmpty()) {
				reject(row, errors, report, skip, rejects);
			}
			else if (resolved.stream().anyMatch(r -> r.outcome() == Resolver.Outcome.AMBIGUOUS)) {
				report.ambiguous++;
				skip.add(row.number());
				if (report.decisions.size() < ERRORS_SHOWN) {
					report.decisions.add("row " + row.number() + ": ambiguous, "
							+ resolved.stream()
								.filter(r -> r.outcome() == Resolver.Outcome.AMBIGUOUS)
								.map(r -> "'" + r.name() + "' by " + r.rule() + " matches " + r.candidates())
								.toList());
				}
			}
		}
		batch.clear();
	}

	private static void reject(Row row, List<RowError> errors, ImportReport report, Set<Long> skip, CsvLog rejects) {
		report.rejected++;
		skip.add(row.number());
		for (RowError e : errors) {
			if (report.errors.size() < ERRORS_SHOWN) {
				report.errors.add(e);
			}
			if (rejects != null) {
				List<Object> cells = new ArrayList<>(row.raw());
				cells.addAll(List.of(e.row(), e.column() == null ? "" : e.column(), e.reason()));
				rejects.write(cells);
			}
		}
	}

	/** Pass 2: batched transactions, resumable from the ImportRun journal. */
	private void write(Path file, TableInput input, RowFormat format, ImportContext context, ImportReport report,
			Set<Long> skip, PrintStream console) {
		String runId = runId(file, context);
		long resumeAfter = startRun(runId, context, report);
		Progress progress = new Progress(context.file(), report.rows, console, context.options().verbose());
		List<Row> batch = new ArrayList<>(BATCH_SIZE);
		long[] last = { 0 };
		input.read(row -> {
			last[0] = row.number();
			if (row.number() <= resumeAfter) {
				report.skippedAsDone++;
				return;
			}
			if (!skip.contains(row.number())) {
				batch.add(row);
			}
			if (batch.size() == BATCH_SIZE) {
				writeBatch(batch, row.number(), runId, format, context, report);
				progress.committed(row.number());
			}
		}, error -> {
		});
		writeBatch(batch, last[0], runId, format, context, report);
		finishRun(runId, report);
	}

	private void writeBatch(List<Row> batch, long lastRow, String runId, RowFormat format, ImportContext context,
			ImportReport report) {
		Map<Long, List<Resolver.Resolution>> resolutions = format.resolve(batch, context);
		List<Row> clear = new ArrayList<>();
		for (Row row : batch) {
			List<Resolver.Resolution> resolved = resolutions.getOrDefault(row.number(), List.of());
			if (resolved.stream()
				.allMatch(r -> r.outcome() == Resolver.Outcome.EXISTING || r.outcome() == Resolver.Outcome.NEW)) {
				clear.add(row);
				report.merged += resolved.stream().filter(r -> r.outcome() == Resolver.Outcome.EXISTING).count();
			}
		}
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				Map<Long, RowFormat.Status> statuses = clear.isEmpty() ? Map.of()
						: format.write(tx, clear, resolutions, context);
				// New and renamed organizations are findable by the pinyin of their
				// names, and by the name filter, as soon as they are written.
				List<String> named = format.namedOrganizations(clear, resolutions);
				if (!named.isEmpty()) {
					SearchTexts.refresh(tx, named);
				}
				for (RowFormat.Status status : statuses.values()) {
					switch (status) {
						case CREATED -> report.created++;
						case UPDATED -> report.updated++;
						case UNCHANGED -> report.unchanged++;
						case WRITTEN -> report.writtenUncompared++;
					}
				}
				tx.run("MATCH (r:ImportRun {id: $id}) WHERE r.status = 'RUNNING' SET r.lastRow = $lastRow",
						Map.of("id", runId, "lastRow", lastRow))
					.consume();
			});
		}
		batch.clear();
	}

	/**
	 * Records the run; returns the last row a crashed run of the same import wrote (0 if
	 * none).
	 */
	private long startRun(String runId, ImportContext context, ImportReport report) {
		try (var session = this.driver.session()) {
			Record record = session.executeWrite(tx -> tx
				.run("""
						MERGE (r:ImportRun {id: $id})
						ON CREATE SET r.file = $file, r.format = $format, r.sourceId = $source, r.dataset = $dataset,
						              r.status = 'RUNNING', r.lastRow = 0, r.startedAt = datetime()
						RETURN r.status AS status, r.lastRow AS lastRow
						""",
						parameters("id", runId, "file", context.file(), "format", context.options().format().name(),
								"source", context.sourceId(), "dataset", context.dataset()))
				.single());
			if ("COMPLETE".equals(record.get("status").asString())) {
				report.alreadyImported = true;
				return 0;
			}
			return record.get("lastRow").asLong();
		}
	}

	private void finishRun(String runId, ImportReport report) {
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run("""
					MATCH (r:ImportRun {id: $id}) WHERE r.status = 'RUNNING'
					SET r.status = 'COMPLETE', r.completedAt = datetime(), r.rows = $rows, r.rejected = $rejected
					""", Map.of("id", runId, "rows", report.rows, "rejected", report.rejected)).consume());
		}
	}

	/** Same file content, format, list options, source and dataset: the same run. */
	private static String runId(Path file, ImportContext context) {
		try {
			String options = context.options().format() + "|" + context.sourceId() + "|" + context.options().list()
					+ "|" + context.options().lenient() + ((context.dataset() != null) ? "|" + context.dataset() : "");
			String digest = new Sha256().text(options).content(Files.newInputStream(file)).hex();
			return "run-" + digest.substring(0, 24);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

}
