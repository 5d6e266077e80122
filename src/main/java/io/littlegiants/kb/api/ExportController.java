package io.littlegiants.kb.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.littlegiants.kb.common.InvalidInputException;
import io.littlegiants.kb.common.NotFoundException;
import io.littlegiants.kb.ftm.FollowTheMoney;
import io.littlegiants.kb.ingest.DatasetState;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spreadsheet exports of every analytic question and of the filtered firm list:
 * {@code GET /export/{question}.csv} or {@code .xlsx}, with the question's arguments as
 * query parameters ({@code ?hsCode=848340&excludeConfidence=INFERRED,UNVERIFIED}). Each
 * runs the GraphQL document {@code export/{question}.graphql} through the same API, so
 * limits and errors are the API's, and writes one row per item with its confidence and
 * sources; the firm list pages through every match. CSV is UTF-8 with a byte-order mark,
 * so that Excel shows Chinese names intact.
 */
@RestController
class ExportController {

	private static final Logger log = LoggerFactory.getLogger(ExportController.class);

	/** Where each export's rows are in its answer; "edges" rows are their nodes. */
	static final Map<String, String> ROWS = Map.ofEntries(Map.entry("firms", "firms.edges"),
			Map.entry("cultivationFunnel", "cultivationFunnel.tiers"),
			Map.entry("recertificationDue", "recertificationDue.items"),
			Map.entry("criteriaAudit", "criteriaAudit.firms"),
			Map.entry("importSubstitutes", "importSubstitutes.items"), Map.entry("euExposure", "euExposure.exporters"),
			Map.entry("supplyPaths", "supplyPaths.items"),
			Map.entry("singleSourceDependencies", "singleSourceDependencies.items"),
			Map.entry("supplyChainGaps", "supplyChainGaps.items"), Map.entry("capitalFlows", "capitalFlows.groups"));

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** Set on a download holding the first rows of an answer that has more. */
	static final String TRUNCATED = "X-Truncated";

	/** The rows of an Excel sheet under its header row. */
	static final long MAX_SHEET_ROWS = 1_048_575;

	/** Set by the export itself while paging, never by a caller. */
	private static final Set<String> RESERVED = Set.of("after");

	private final ExecutionGraphQlService graphQl;

	private final DatasetState state;

	private final GraphQlSource source;

	private final FollowTheMoney followTheMoney;

	private final Map<String, String> documents = new ConcurrentHashMap<>();

	/** {@link #MAX_SHEET_ROWS}; fewer in tests. */
	private long maxSheetRows = MAX_SHEET_ROWS;

	ExportController(ExecutionGraphQlService graphQl, DatasetState state, GraphQlSource source,
			FollowTheMoney followTheMoney) {
		this.graphQl = graphQl;
		this.state = state;
		this.source = source;
		this.followTheMoney = followTheMoney;
	}

	/**
	 * Every organization and relationship as FollowTheMoney entities, one JSON object per
	 * line, for OpenSanctions' tools (yente, Aleph); see {@link FollowTheMoney}.
	 */
	@GetMapping("/export/followthemoney.json")
	void followTheMoney(HttpServletResponse response) throws IOException {
		requireCompleteData();
		response.setContentType("application/x-ndjson");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"little-giants-kb.ftm.json\"");
		streamed(response, "followthemoney.json", (out) -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			this.followTheMoney.write(writer);
			writer.flush();
		});
	}

	@GetMapping("/export/{question}.{format}")
	void export(@PathVariable String question, @PathVariable String format,
			@RequestParam Map<String, String> parameters, HttpServletResponse response) throws IOException {
		if (!ROWS.containsKey(question)) {
			throw new NotFoundException("question", "no export is called '" + question + "'; the exports are "
					+ ROWS.keySet().stream().sorted().toList());
		}
		if (!format.equals("csv") && !format.equals("xlsx")) {
			throw new NotFoundException("format", "exports are .csv or .xlsx, not ." + format);
		}
		requireCompleteData();
		String document = document(question);
		Map<String, Object> variables = ExportVariables.of(document, parameters, RESERVED);
		// The first page runs now, so that an error is a 400, not a broken download.
		Page first = page(question, document, variables, null);
		if (format.equals("xlsx") && first.total() != null && first.total() > this.maxSheetRows) {
			throw new ExportFailed("an Excel sheet holds " + this.maxSheetRows + " rows under its header, and this "
					+ "export has " + first.total() + ": ask for .csv instead");
		}
		response.setContentType(format.equals("csv") ? "text/csv;charset=UTF-8" : XLSX.toString());
		// An answer cut at its page (first, at most 500 rows) says so in the file's name,
		// in a header and, in Excel, on a sheet of its own: a spreadsheet does not show
		// that more rows exist.
		String name = first.truncated() ? question + "-first-" + first.records().size() : question;
		if (first.truncated()) {
			response.setHeader(TRUNCATED, "true");
		}
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + format + "\"");
		streamed(response, question + "." + format, (out) -> {
			if (format.equals("csv")) {
				writeCsv(out, question, document, variables, first);
			}
			else {
				writeXlsx(out, question, document, variables, first);
			}
		});
	}

	/**
	 * Writes a download on the request's own thread, to its end. Streamed asynchronously,
	 * a download ended at the servlet container's async timeout (30 s), cut short but
	 * closed as if whole: at 1.1 million firms, 238,501 of the innovative SMEs' rows came
	 * with status 200. A failure once the download has begun ends the connection
	 * unfinished, so that the client sees a failed download, never a short file.
	 */
	private static void streamed(HttpServletResponse response, String download, Download body) throws IOException {
		OutputStream out = response.getOutputStream();
		try {
			body.writeTo(out);
			out.flush();
		}
		catch (IOException | RuntimeException ex) {
			// Logged here with its cause: a cause would let this controller's exception
			// handlers, which match causes too, write their answer into the download.
			log.error("The download {} stopped before its end", download, ex);
			throw new DownloadCutShort(download + " stopped before its end: " + ex);
		}
	}

	/** What a download writes. */
	@FunctionalInterface
	private interface Download {

		void writeTo(OutputStream out) throws IOException;

	}

	@ExceptionHandler({ InvalidInputException.class, NotFoundException.class, ExportFailed.class })
	ResponseEntity<String> badRequest(RuntimeException ex) {
		HttpStatus status = (ex instanceof NotFoundException) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
		return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}

	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<String> unavailable(IllegalStateException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.TEXT_PLAIN)
			.body(ex.getMessage() + "; retry when /actuator/health is UP");
	}

	private void writeCsv(OutputStream out, String question, String document, Map<String, Object> variables, Page first)
			throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		List<String> columns = columns(question, document);
		// Flushed, never closed: closing it closes the response's stream, and a download
		// a
		// failure cut short then ended as if whole.
		CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get().print(writer);
		for (Page page = first; page != null; page = next(question, document, variables, page)) {
			for (Map<String, String> record : page.records()) {
				csv.printRecord(columns.stream().map(c -> record.getOrDefault(c, "")).toList());
			}
			csv.flush();
		}
	}

	private void writeXlsx(OutputStream out, String question, String document, Map<String, Object> variables,
			Page first) throws IOException {
		Workbook workbook = new Workbook(out, "little-giants-kb", "1.0");
		Worksheet sheet = workbook.newWorksheet(question);
		List<String> columns = columns(question, document);
		for (int c = 0; c < columns.size(); c++) {
			sheet.value(0, c, columns.get(c));
			sheet.style(0, c).bold().set();
		}
		int row = 1;
		for (Page page = first; page != null; page = next(question, document, variables, page)) {
			for (Map<String, String> record : page.records()) {
				for (int c = 0; c < columns.size(); c++) {
					sheet.value(row, c, record.getOrDefault(columns.get(c), ""));
				}
				row++;
			}
			sheet.flush();
		}
		if (first.truncated()) {
			sheet.finish();
			Worksheet note = workbook.newWorksheet("truncated");
			note.value(0, 0,
					"The sheet " + question + " holds the first " + first.records().size()
							+ " rows of the answer, and more rows meet the question. An answer holds at most "
							+ Answers.MAX_ROWS + " rows (the parameter first): narrow the question to see the others.");
		}
		workbook.finish();
	}

	/**
	 * The rows of one answer (one page of the firm list), where the next page starts, how
	 * many rows the whole list has, when the answer says, and whether the answer says
	 * that more rows than these meet the question.
	 */
	record Page(List<Map<String, String>> records, String endCursor, Long total, boolean truncated) {
	}

	private Page next(String question, String document, Map<String, Object> variables, Page page) {
		return (page.endCursor() == null) ? null : page(question, document, variables, page.endCursor());
	}

	@SuppressWarnings("unchecked")
	private Page page(String question, String document, Map<String, Object> variables, String after) {
		Map<String, Object> pageVariables = new LinkedHashMap<>(variables);
		if (after != null) {
			pageVariables.put("after", after);
		}
		ExecutionGraphQlResponse response = this.graphQl
			.execute(new DefaultExecutionGraphQlRequest(document, null, pageVariables, null,
					UUID.randomUUID().toString(), Locale.ROOT))
			.block();
		if (response == null || !response.getErrors().isEmpty()) {
			throw new ExportFailed((response == null) ? "no answer"
					: response.getErrors().stream().map(ResponseError::getMessage).collect(Collectors.joining("; ")));
		}
		Map<String, Object> data = response.getData();
		String path = ROWS.get(question);
		List<Map<String, String>> records = new ArrayList<>();
		for (Map<String, Object> row : Rows.at(data, path)) {
			records.add(Rows.flatten(path.endsWith(".edges") ? (Map<String, Object>) row.get("node") : row));
		}
		// The answer's root: a connection (the firm list) or a question's answer.
		Map<String, Object> answer = (Map<String, Object>) data.get(path.substring(0, path.indexOf('.')));
		String endCursor = null;
		Long total = null;
		if (path.endsWith(".edges")) {
			Map<String, Object> pageInfo = (Map<String, Object>) answer.get("pageInfo");
			endCursor = Boolean.TRUE.equals(pageInfo.get("hasNextPage")) ? (String) pageInfo.get("endCursor") : null;
			total = (answer.get("totalCount") instanceof Number n) ? n.longValue() : null;
		}
		return new Page(records, endCursor, total, Boolean.TRUE.equals(answer.get("truncated")));
	}

	/** An export during the first load would be of half a graph: 503 until it is done. */
	private void requireCompleteData() {
		if (this.state.phase() != DatasetState.Phase.READY) {
			throw new IllegalStateException("The shipped dataset is loading (" + this.state.detail() + ")");
		}
	}

	private List<String> columns(String question, String document) {
		return ExportColumns.of(document, ROWS.get(question), this.source.schema());
	}

	private String document(String question) {
		return this.documents.computeIfAbsent(question, q -> {
			try {
				return new ClassPathResource("export/" + q + ".graphql").getContentAsString(StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * A download failed after it began: no handler answers it, so the servlet container
	 * closes the connection unfinished.
	 */
	static final class DownloadCutShort extends RuntimeException {

		DownloadCutShort(String message) {
			super(message);
		}

	}

	/** The export's GraphQL request failed: its errors, for the caller. */
	static final class ExportFailed extends RuntimeException {

		ExportFailed(String message) {
			super(message);
		}

	}

}
