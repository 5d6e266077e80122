package io.littlegiants.kb.api;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.littlegiants.kb.common.InvalidInputException;
import io.littlegiants.kb.firm.NameMatch;
import io.littlegiants.kb.firm.NameMatcher;
import io.littlegiants.kb.firm.SearchHit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Name matching for lists: {@code match(names:)} in GraphQL, and {@code POST /match} with
 * a CSV of names (a {@code name} column, optionally {@code country}) that answers in CSV,
 * one row per name, ready for a spreadsheet.
 */
@Controller
class NameMatchController {

	/** Most candidates listed per name. */
	static final int MAX_CANDIDATES = 10;

	static final MediaType CSV = new MediaType("text", "csv");

	private final NameMatcher matcher;

	private final Arguments arguments;

	NameMatchController(NameMatcher matcher, Arguments arguments) {
		this.matcher = matcher;
		this.arguments = arguments;
	}

	@QueryMapping
	List<NameMatch> match(@Argument List<String> names, @Argument String country, @Argument int candidates) {
		if (names.size() > NameMatcher.MAX_NAMES) {
			throw new InvalidInputException("names",
					"at most " + NameMatcher.MAX_NAMES + " names, was " + names.size());
		}
		return this.matcher.match(names, this.arguments.countryCode("country", country), candidates(candidates));
	}

	/**
	 * One output row per input row: the decision, the organization matched, and the best
	 * candidates as {@code id (score, field)} separated by {@code ;}.
	 */
	@PostMapping(path = "/match", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE }, produces = "text/csv")
	@ResponseBody
	ResponseEntity<String> matchCsv(@RequestBody String csv, @RequestParam(required = false) String country,
			@RequestParam(defaultValue = "3") int candidates) {
		List<String> names = new ArrayList<>();
		List<String> countries = new ArrayList<>();
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreHeaderCase(true)
			.setTrim(true)
			.get()
			.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
			if (!parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList().contains("name")) {
				throw new InvalidInputException("name",
						"the CSV needs a header row with a 'name' column (and optionally 'country'); it has "
								+ parser.getHeaderNames());
			}
			boolean perRowCountry = parser.getHeaderNames().stream().anyMatch(h -> h.equalsIgnoreCase("country"));
			for (CSVRecord record : parser) {
				names.add(record.get("name"));
				countries.add(perRowCountry ? blankToNull(record.get("country")) : null);
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			throw new InvalidInputException("csv", "the CSV cannot be read: " + ex.getMessage());
		}
		if (names.size() > NameMatcher.MAX_NAMES) {
			throw new InvalidInputException("csv", "at most " + NameMatcher.MAX_NAMES + " names, was " + names.size());
		}
		String defaultCountry = this.arguments.countryCode("country", country);
		int perName = candidates(candidates);
		// One match per country named, not one per row: the names' keys and ids are
		// looked up together, and each country is resolved once.
		Map<String, List<Integer>> rowsByCountry = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String rowCountry = (countries.get(i) != null) ? countries.get(i) : country;
			rowsByCountry.computeIfAbsent(Objects.toString(rowCountry, ""), c -> new ArrayList<>()).add(i);
		}
		NameMatch[] matches = new NameMatch[names.size()];
		for (Map.Entry<String, List<Integer>> group : rowsByCountry.entrySet()) {
			String code = group.getKey().isEmpty() ? defaultCountry
					: this.arguments.countryCode("country", group.getKey());
			List<Integer> rows = group.getValue();
			List<NameMatch> found = this.matcher.match(rows.stream().map(names::get).toList(), code, perName);
			for (int k = 0; k < rows.size(); k++) {
				matches[rows.get(k)] = found.get(k);
			}
		}
		return ResponseEntity.ok().contentType(CSV).body(write(List.of(matches)));
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<String> badCsv(InvalidInputException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}

	private static String write(List<NameMatch> matches) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = CSVFormat.RFC4180.builder()
			.setHeader("name", "decision", "rule", "id", "matchedName", "score", "matchedField", "candidates")
			.get()
			.print(out)) {
			for (NameMatch match : matches) {
				SearchHit top = (match.organization() != null && !match.candidates().isEmpty())
						? match.candidates().get(0) : null;
				printer.printRecord(match.input(), match.decision(), match.rule(),
						(top != null) ? top.organization().id() : null,
						(top != null) ? top.organization().name() : null,
						(top != null) ? String.format(Locale.ROOT, "%.3f", top.score()) : null,
						(top != null) ? top.matchedField() : null,
						match.candidates()
							.stream()
							.map(hit -> String.format(Locale.ROOT, "%s (%.3f, %s)", hit.organization().id(),
									hit.score(), hit.matchedField()))
							.collect(Collectors.joining("; ")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static int candidates(int wanted) {
		if (wanted < 1 || wanted > MAX_CANDIDATES) {
			throw new InvalidInputException("candidates",
					"candidates must be between 1 and " + MAX_CANDIDATES + ", was " + wanted);
		}
		return wanted;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
