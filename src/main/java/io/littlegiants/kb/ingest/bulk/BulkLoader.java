package io.littlegiants.kb.ingest.bulk;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.littlegiants.kb.common.Sha256;
import io.littlegiants.kb.firm.SearchTexts;
import io.littlegiants.kb.ingest.synthetic.ShippedReference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

import org.springframework.util.FileSystemUtils;

/**
 * Builds a new database from a folder in the project's own CSV layouts (what
 * {@code generate} writes) with Neo4j's offline importer, many times faster than the
 * importer's transactions: each file is turned into the offline importer's node and
 * relationship files, exactly as its {@code cypher/import} script would write it (same
 * labels, properties, types and relationships), then the store is written in one go.
 * <p>
 * The shipped reference nodes the rows point at (tiers, HS codes, sectors, countries,
 * shipped organizations) are written as bare keys: the first start of the application
 * loads the shipped dataset onto them, MERGE finding them by key. The importer refuses a
 * relationship to a node nobody wrote, so the whole load fails, and writes nothing, where
 * the scripts would skip a row. The store is written in a staging folder and moved into
 * place when complete, so a refused or killed load leaves none behind.
 */
public final class BulkLoader {

	/** The layouts it reads, in the order the scripts run. */
	static final List<String> FILES = List.of("sources.csv", "organizations.csv", "certifications.csv", "products.csv",
			"product_hs_codes.csv", "firm_sectors.csv", "relations.csv", "sales_markets.csv", "trade_flows.csv");

	private static final Map<String, String> KIND_LABELS = Map.of("FIRM", "Firm", "EXCHANGE", "Exchange", "AUTHORITY",
			"Authority", "UNIVERSITY", "Institution", "RESEARCH_INSTITUTE", "Institution", "HOSPITAL", "Institution",
			"BANK", "Bank", "FUND", "Fund");

	/**
	 * Relationship types and the properties each carries, as 0200-relations.cypher sets
	 * them.
	 */
	private static final Map<String, Set<String>> RELATION_PROPERTIES = Map.of("SUPPLIES",
			Set.of("product", "hsCodes", "since", "until", "amount", "currency"), "INVESTS_IN",
			Set.of("product", "round", "date", "amount", "currency"), "LISTED_ON",
			Set.of("product", "board", "ticker", "date", "amount", "currency"), "COMPETES_WITH",
			Set.of("product", "hsCodes", "date", "amount", "currency"), "COLLABORATES_WITH",
			Set.of("product", "hsCodes", "since"), "MENTORS", Set.of("since", "until"), "LENDS_TO",
			Set.of("date", "amount", "currency"));

	private static final List<String> ORGANIZATION_HEADER = List.of("id:ID(Organization)", ":LABEL", "kind", "name",
			"nameZh", "shortNameZh", "nameEn", "aliases:string[]", "aliasText", "country", "provinceCode", "province",
			"provinceEn", "city", "district", "founded", "ownership", "ownershipNote", "controller", "size", "uscc",
			"industry", "mainProducts", "chinaRevenueValue:double", "chinaRevenueCurrency", "chinaRevenueFiscalYear",
			"chinaRevenueSharePct:double", "chinaRevenueScope", "notes", "confidence", "sourceIds:string[]",
			"pinyinText", "pinyinOf", "nameText");

	private static final List<String> RELATION_HEADER = List.of(":START_ID(Organization)", ":END_ID(Organization)",
			":TYPE", "id", "product", "hsCodes:string[]", "since", "until", "date", "round", "board", "ticker",
			"amount:double", "currency", "notes", "confidence", "sourceIds:string[]");

	private final ShippedReference shipped;

	/** The source generate names, if the folder is one it wrote. */
	private String generatedSource;

	/** Shipped nodes the rows point at, by label: written as bare keys. */
	private final Map<String, Set<String>> referenced = new LinkedHashMap<>();

	public BulkLoader() {
		this(ShippedReference.load());
	}

	BulkLoader(ShippedReference shipped) {
		this.shipped = shipped;
	}

	/**
	 * What a load did.
	 *
	 * @param rows input rows read
	 * @param seconds from the first row read to the store written
	 */
	public record Report(long rows, double seconds) {
	}

	/**
	 * Writes a new store under {@code home} (the embedded data folder) from the files in
	 * {@code input}.
	 * @throws BulkLoadException when the folder has a layout it does not read, the store
	 * exists already, or the offline importer refuses the input (nothing is left behind)
	 */
	public Report load(Path input, Path home, PrintStream console) {
		long started = System.nanoTime();
		Path store = home.resolve("data").resolve("databases").resolve("neo4j");
		if (Files.exists(store)) {
			throw new BulkLoadException(home + " holds a database already: bulk-load builds a new one; give "
					+ "--kb.embedded.data-dir an empty folder, or load into this one with generate --load");
		}
		List<Path> files = inputFiles(input);
		this.referenced.clear();
		this.generatedSource = null;
		// The importer writes into a staging folder, moved into place once complete: a
		// load killed mid-way leaves no store behind, and the next run starts afresh.
		Path work = home.resolve("bulk-load-files");
		Path staging = home.resolve("bulk-load-staging");
		try {
			deleteQuietly(work);
			deleteQuietly(staging);
			Files.createDirectories(work);
			long rows;
			List<String> arguments;
			long written;
			try (BulkFiles out = new BulkFiles(work)) {
				rows = translate(files, out);
				writeReferencedStubs(out);
				writeDatasetLoad(input, files, rows, out);
				arguments = out.arguments();
				arguments.add("--multiline-fields=" + out.multiline());
				written = out.rows();
			}
			console.printf(
					"bulk-load: %,d rows read from %d files, %,d node and relationship rows for the importer, in %.1f s%n",
					rows, files.size(), written, (System.nanoTime() - started) / 1e9);
			runImporter(staging, work, arguments, console);
			for (String folder : List.of("databases", "transactions")) {
				Path target = home.resolve("data").resolve(folder).resolve("neo4j");
				Files.createDirectories(target.getParent());
				Files.move(staging.resolve("data").resolve(folder).resolve("neo4j"), target);
			}
			return new Report(rows, (System.nanoTime() - started) / 1e9);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the new store under " + home, ex);
		}
		finally {
			deleteQuietly(work);
			deleteQuietly(staging);
		}
	}

	private static List<Path> inputFiles(Path input) {
		List<Path> files = new ArrayList<>();
		try (var listing = Files.list(input)) {
			for (Path file : listing.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList()) {
				if (!FILES.contains(file.getFileName().toString())) {
					throw new BulkLoadException(file.getFileName() + ": bulk-load reads " + FILES
							+ " (what generate writes); load other files with import --format kb afterwards");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + input, ex);
		}
		for (String name : FILES) {
			if (Files.exists(input.resolve(name))) {
				files.add(input.resolve(name));
			}
		}
		if (files.isEmpty()) {
			throw new BulkLoadException(input + " has none of " + FILES);
		}
		return files;
	}

	private long translate(List<Path> files, BulkFiles out) {
		long rows = 0;
		for (Path file : files) {
			Consumer<Row> writer = switch (file.getFileName().toString()) {
				case "sources.csv" -> row -> source(row, out);
				case "organizations.csv" -> row -> organization(row, out);
				case "certifications.csv" -> row -> certification(row, out);
				case "products.csv" -> row -> product(row, out);
				case "product_hs_codes.csv" -> row -> productHsCode(row, out);
				case "firm_sectors.csv" -> row -> firmSector(row, out);
				case "relations.csv" -> row -> relation(row, out);
				case "sales_markets.csv" -> row -> salesMarket(row, out);
				default -> row -> tradeFlow(row, out);
			};
			rows += read(file, writer);
		}
		return rows;
	}

	/**
	 * A CSV row by column name; empty cells are null, as the loader's scripts see them.
	 */
	record Row(CSVRecord record) {

		String get(String column) {
			if (!this.record.isMapped(column)) {
				return null;
			}
			String value = this.record.get(column).strip();
			return value.isEmpty() ? null : value;
		}

	}

	private static long read(Path file, Consumer<Row> rows) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		long count = 0;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord record : format.parse(reader)) {
				rows.accept(new Row(record));
				count++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return count;
	}

	private void source(Row row, BulkFiles out) {
		if (row.get("id").startsWith("src-syn-")) {
			this.generatedSource = row.get("id");
		}
		String maxConfidence = (row.get("maxConfidence") != null) ? row.get("maxConfidence") : "REPORTED";
		out.node("sources",
				List.of("id:ID(Source)", ":LABEL", "title", "url", "publisher", "date", "retrieved", "language",
						"licence", "trust", "maxConfidence", "synthetic:boolean", "note"),
				row.get("id"), "Source", row.get("title"), row.get("url"), row.get("publisher"), row.get("date"),
				row.get("retrieved"), row.get("language"), row.get("licence"), row.get("trust"), maxConfidence,
				String.valueOf("true".equalsIgnoreCase(row.get("synthetic"))), row.get("note"));
	}

	private void organization(Row row, BulkFiles out) {
		String id = row.get("id");
		String kindLabel = KIND_LABELS.get(row.get("kind"));
		String nameZh = row.get("nameZh");
		String shortNameZh = row.get("shortNameZh");
		String aliases = row.get("aliases");
		// What SearchTexts writes with an import, so that the first start finds none out
		// of step.
		Map<String, Object> texts = SearchTexts.of(row.get("name"), nameZh, shortNameZh, row.get("nameEn"),
				(aliases != null) ? List.of(aliases.split(";", -1)) : List.of());
		out.node("organizations", ORGANIZATION_HEADER, id,
				(kindLabel != null) ? "Organization;" + kindLabel : "Organization", row.get("kind"), row.get("name"),
				nameZh, shortNameZh, row.get("nameEn"), aliases, (aliases != null) ? aliases.replace(';', ' ') : null,
				row.get("country"), row.get("provinceCode"), row.get("province"), row.get("provinceEn"),
				row.get("city"), row.get("district"), row.get("founded"), row.get("ownership"),
				row.get("ownershipNote"), row.get("controller"), row.get("size"), row.get("uscc"), row.get("industry"),
				row.get("mainProducts"), row.get("chinaRevenueValue"), row.get("chinaRevenueCurrency"),
				row.get("chinaRevenueFiscalYear"), row.get("chinaRevenueSharePct"), row.get("chinaRevenueScope"),
				row.get("notes"), row.get("confidence"), row.get("sourceIds"), texts.get("pinyinText"),
				texts.get("pinyinOf"), texts.get("nameText"));
		if (row.get("country") != null && shippedKey("Country", row.get("country"))) {
			out.relationship("in_country", List.of(":START_ID(Organization)", ":END_ID(Country)", ":TYPE"), id,
					row.get("country"), "IN_COUNTRY");
		}
		if (row.get("nameKeys") != null) {
			Set<String> entries = new LinkedHashSet<>(List.of(row.get("nameKeys").split(";")));
			for (String entry : entries) {
				int bar = entry.indexOf('|');
				String key = entry.substring(bar + 1);
				out.node("name_keys", List.of("key:ID(NameKey)", ":LABEL"), key, "NameKey");
				out.relationship("names", List.of(":START_ID(NameKey)", ":END_ID(Organization)", ":TYPE", "kind"), key,
						id, "NAMES", entry.substring(0, bar));
			}
		}
	}

	private void certification(Row row, BulkFiles out) {
		if (!shippedKey("Tier", row.get("tier"))) {
			return;
		}
		String id = row.get("id");
		out.node("certifications",
				List.of("id:ID(Certification)", ":LABEL", "tier", "level", "batch:long", "awardYear:long",
						"awarded:date", "awardedPrecision", "validUntil:date", "validUntilPrecision", "stage", "event",
						"reviewYear:long", "category", "product", "confidence", "sourceIds:string[]",
						"unknownValidity:boolean"),
				id, "Certification", row.get("tier"), row.get("level"), row.get("batch"), row.get("awardYear"),
				row.get("awarded"), row.get("awardedPrecision"), row.get("validUntil"), row.get("validUntilPrecision"),
				row.get("stage"), row.get("event"), row.get("reviewYear"), row.get("category"), row.get("product"),
				row.get("confidence"), row.get("sourceIds"), (row.get("validUntil") == null) ? "true" : null);
		organizationEnd(row.get("firmId"));
		out.relationship("holds", List.of(":START_ID(Organization)", ":END_ID(Certification)", ":TYPE"),
				row.get("firmId"), id, "HOLDS");
		out.relationship("of_tier", List.of(":START_ID(Certification)", ":END_ID(Tier)", ":TYPE"), id, row.get("tier"),
				"OF_TIER");
		if (row.get("authorityId") != null) {
			organizationEnd(row.get("authorityId"));
			out.relationship("issued_by", List.of(":START_ID(Certification)", ":END_ID(Organization)", ":TYPE"), id,
					row.get("authorityId"), "ISSUED_BY");
		}
	}

	private void product(Row row, BulkFiles out) {
		out.node("products", List.of("id:ID(Product)", ":LABEL", "name", "confidence", "sourceIds:string[]"),
				row.get("id"), "Product", row.get("name"), row.get("confidence"), row.get("sourceIds"));
		organizationEnd(row.get("firmId"));
		out.relationship("makes", List.of(":START_ID(Organization)", ":END_ID(Product)", ":TYPE"), row.get("firmId"),
				row.get("id"), "MAKES");
	}

	private void productHsCode(Row row, BulkFiles out) {
		if (shippedKey("HsCode", row.get("hsCode"))) {
			out.relationship("classified_as",
					List.of(":START_ID(Product)", ":END_ID(HsCode)", ":TYPE", "confidence", "sourceIds:string[]"),
					row.get("productId"), row.get("hsCode"), "CLASSIFIED_AS", row.get("confidence"),
					row.get("sourceIds"));
		}
	}

	private void firmSector(Row row, BulkFiles out) {
		if (shippedKey("Sector", row.get("sectorId"))) {
			organizationEnd(row.get("firmId"));
			out.relationship("in_sector",
					List.of(":START_ID(Organization)", ":END_ID(Sector)", ":TYPE", "notes", "confidence",
							"sourceIds:string[]"),
					row.get("firmId"), row.get("sectorId"), "IN_SECTOR", row.get("notes"), row.get("confidence"),
					row.get("sourceIds"));
		}
	}

	private void relation(Row row, BulkFiles out) {
		String type = row.get("type");
		Set<String> properties = RELATION_PROPERTIES.get(type);
		if (properties == null) {
			return;
		}
		organizationEnd(row.get("fromId"));
		organizationEnd(row.get("toId"));
		List<Object> cells = new ArrayList<>(List.of(row.get("fromId"), row.get("toId"), type, row.get("id")));
		for (String property : List.of("product", "hsCodes", "since", "until", "date", "round", "board", "ticker",
				"amount", "currency")) {
			cells.add(properties.contains(property) ? row.get(property) : null);
		}
		cells.add(row.get("notes"));
		cells.add(row.get("confidence"));
		cells.add(row.get("sourceIds"));
		out.relationship("relations", RELATION_HEADER, cells.toArray());
	}

	private void salesMarket(Row row, BulkFiles out) {
		if (shippedKey("Country", row.get("country"))) {
			organizationEnd(row.get("firmId"));
			out.relationship("sells_in",
					List.of(":START_ID(Organization)", ":END_ID(Country)", ":TYPE", "id", "product", "hsCodes:string[]",
							"notes", "confidence", "sourceIds:string[]"),
					row.get("firmId"), row.get("country"), "SELLS_IN", row.get("id"), row.get("product"),
					row.get("hsCodes"), row.get("notes"), row.get("confidence"), row.get("sourceIds"));
		}
	}

	private void tradeFlow(Row row, BulkFiles out) {
		String id = row.get("id");
		out.node("trade_flows",
				List.of("id:ID(TradeFlow)", ":LABEL", "reporter", "partner", "flow", "year:long", "classification",
						"code", "productGroup", "valueEur:double", "sharePct:double", "notes", "confidence",
						"sourceIds:string[]"),
				id, "TradeFlow", row.get("reporter"), row.get("partner"), row.get("flow"), row.get("year"),
				row.get("classification"), row.get("code"), row.get("productGroup"), row.get("valueEur"),
				row.get("sharePct"), row.get("notes"), row.get("confidence"), row.get("sourceIds"));
		for (String end : List.of("partner", "reporter")) {
			if (row.get(end) != null && shippedKey("Country", row.get(end))) {
				out.relationship(end.equals("partner") ? "partner" : "reported_by",
						List.of(":START_ID(TradeFlow)", ":END_ID(Country)", ":TYPE"), id, row.get(end),
						end.equals("partner") ? "PARTNER" : "REPORTED_BY");
			}
		}
	}

	/**
	 * Whether a shipped node of the label has the key; if so, it is written as a stub.
	 */
	private boolean shippedKey(String label, String key) {
		if (key == null || !this.shipped.keys().get(label).contains(key)) {
			return false;
		}
		this.referenced.computeIfAbsent(label, l -> new LinkedHashSet<>()).add(key);
		return true;
	}

	/** A shipped organization at the end of a relationship is written as a stub. */
	private void organizationEnd(String id) {
		if (id != null && this.shipped.organizationIds().contains(id)) {
			this.referenced.computeIfAbsent("Organization", l -> new LinkedHashSet<>()).add(id);
		}
	}

	private void writeReferencedStubs(BulkFiles out) {
		Map<String, String> keyColumn = Map.of("Organization", "id", "Tier", "id", "HsCode", "code", "Sector", "id",
				"Country", "code");
		this.referenced.forEach((label, keys) -> {
			for (String key : keys) {
				out.node("shipped_" + label, List.of(keyColumn.get(label) + ":ID(" + label + ")", ":LABEL"), key,
						label);
			}
		});
	}

	/**
	 * The dataset's marker, as DatasetLoader writes it, so that the data version names
	 * it: {@code synthetic-SEED-FIRMS} for what generate wrote (its source is
	 * {@code src-syn-SEED-FIRMS}), else {@code bulk-} and the folder's name.
	 */
	private void writeDatasetLoad(Path input, List<Path> files, long rows, BulkFiles out) {
		Sha256 checksum = new Sha256();
		for (Path file : files) {
			try {
				checksum.text(file.getFileName().toString()).content(Files.newInputStream(file));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + file, ex);
			}
		}
		String id = (this.generatedSource != null) ? "synthetic-" + this.generatedSource.substring("src-syn-".length())
				: "bulk-" + input.toAbsolutePath().normalize().getFileName();
		out.node("dataset_load", List.of("id:ID(DatasetLoad)", ":LABEL", "checksum", "rows:long", "loadedAt:datetime"),
				id, "DatasetLoad", checksum.hex(), rows, OffsetDateTime.now(ZoneOffset.UTC).toString());
	}

	private static void runImporter(Path home, Path work, List<String> files, PrintStream console) {
		List<String> arguments = new ArrayList<>(files);
		arguments.addAll(List.of("--array-delimiter=;", "--delimiter=,", "--quote=\"", "--skip-duplicate-nodes=true",
				"--skip-bad-relationships=false", "--bad-tolerance=0", "--verbose", "--id-type=STRING",
				"--report-file=" + work.resolve("import.report"), "neo4j"));
		ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), console, console,
				new DefaultFileSystemAbstraction());
		int code = new CommandLine(new ImportCommand.Full(context)).execute(arguments.toArray(String[]::new));
		if (code != 0) {
			throw new BulkLoadException(
					"the offline importer refused the input (its reason is printed above); nothing was written");
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			FileSystemUtils.deleteRecursively(path);
		}
		catch (IOException ex) {
			// A leftover temporary file is no reason to hide the load's own outcome.
		}
	}

}
