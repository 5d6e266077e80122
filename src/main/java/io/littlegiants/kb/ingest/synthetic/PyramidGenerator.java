package io.littlegiants.kb.ingest.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import io.littlegiants.kb.firm.NameKeys;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic cultivation pyramid in the project's own CSV layouts (those of
 * {@code import/}), ready for {@code import --format kb} or {@code bulk-load}.
 * <p>
 * For {@code firms} innovative SMEs it writes the tiers above them in the programme's
 * ratios (1,000,000 : 100,000 : 10,000 : 1,000, so one in ten is also a specialized SME,
 * one in a hundred a Little Giant, one in a thousand a champion), each firm holding a
 * certification for every tier it reached, over the real batches and years; provinces, HS
 * subheadings and sector directions are the shipped ones. Around them: large anchor
 * customers, EU exporters, universities, banks and funds, with supply relations whose
 * degree is skewed (a few anchors have thousands of suppliers, most firms a handful, and
 * suppliers of suppliers form chains several tiers deep), mentoring, collaboration,
 * loans, fund investments, listings on the shipped exchanges, competition with the EU
 * exporters, their sales in China and trade flows by HS code.
 * <p>
 * Every fact is {@code SYNTHETIC} and names one synthetic source; every id starts with
 * {@code syn-}, and every name says it is synthetic. The same firms and seed give the
 * same files, byte for byte: each firm's choices come from a random stream of its own,
 * seeded from the seed and its number, so each file is written in one pass with nothing
 * held in memory.
 */
public final class PyramidGenerator {

	static final String[] TIERS = { "INNOVATIVE_SME", "SPECIALIZED_SME", "LITTLE_GIANT", "CHAMPION" };

	/**
	 * Little Giant batches 1-7 and champion batches 1-8, by year (as the importer has
	 * them).
	 */
	private static final int[] LITTLE_GIANT_YEARS = { 2019, 2020, 2021, 2022, 2023, 2024, 2025 };

	private static final int[] CHAMPION_YEARS = { 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023 };

	private static final String[] EU_COUNTRIES = { "DE", "FR", "IT", "NL", "SE", "AT", "BE", "ES", "FI", "DK" };

	/**
	 * The shipped exchanges a synthetic listing is on, the board there and the first full
	 * year the board was open (the quality gate rejects a listing before its board).
	 */
	private static final String[][] EXCHANGES = { { "exch-bse", "BSE", "2022" }, { "exch-szse", "CHINEXT", "2010" },
			{ "exch-sse", "STAR", "2020" } };

	private static final String[] ROUNDS = { "A", "B", "C", "PRE_IPO" };

	private final int firms;

	private final long seed;

	private final ShippedReference reference;

	private final String sourceId;

	/**
	 * @param firms the number of innovative SMEs, the base of the pyramid
	 * @param seed the seed every choice derives from
	 */
	public PyramidGenerator(int firms, long seed) {
		this(firms, seed, ShippedReference.load());
	}

	PyramidGenerator(int firms, long seed, ShippedReference reference) {
		if (firms < 10) {
			throw new IllegalArgumentException("a pyramid needs at least 10 firms, not " + firms);
		}
		this.firms = firms;
		this.seed = seed;
		this.reference = reference;
		this.sourceId = "src-syn-" + seed + "-" + firms;
	}

	/** The source every generated fact names. */
	public String sourceId() {
		return this.sourceId;
	}

	/**
	 * Writes the files into {@code folder} (created if needed).
	 * @return rows written, by file, in load order
	 */
	public Map<String, Long> write(Path folder) {
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + folder, ex);
		}
		Map<String, Long> rows = new LinkedHashMap<>();
		rows.put("sources.csv", write(folder, "sources.csv", this::sources));
		rows.put("organizations.csv", write(folder, "organizations.csv", this::organizations));
		rows.put("certifications.csv", write(folder, "certifications.csv", this::certifications));
		rows.put("products.csv", write(folder, "products.csv", this::products));
		rows.put("product_hs_codes.csv", write(folder, "product_hs_codes.csv", this::productHsCodes));
		rows.put("firm_sectors.csv", write(folder, "firm_sectors.csv", this::firmSectors));
		rows.put("relations.csv", write(folder, "relations.csv", this::relations));
		rows.put("sales_markets.csv", write(folder, "sales_markets.csv", this::salesMarkets));
		rows.put("trade_flows.csv", write(folder, "trade_flows.csv", this::tradeFlows));
		return rows;
	}

	// The cast around the pyramid, by count.

	int anchors() {
		return Math.max(5, this.firms / 1000);
	}

	int exporters() {
		return Math.max(5, this.firms / 2000);
	}

	int universities() {
		return Math.max(3, this.firms / 5000);
	}

	int banks() {
		return Math.max(3, this.firms / 20000);
	}

	int funds() {
		return Math.max(3, this.firms / 20000);
	}

	/** The highest tier firm {@code i} reached: 0 innovative ... 3 champion. */
	int tier(int i) {
		if (i < Math.max(1, this.firms / 1000)) {
			return 3;
		}
		if (i < Math.max(1, this.firms / 100)) {
			return 2;
		}
		return (i < Math.max(1, this.firms / 10)) ? 1 : 0;
	}

	static String firmId(int i) {
		return "syn-f%07d".formatted(i);
	}

	static String anchorId(int a) {
		return "syn-anchor-%04d".formatted(a);
	}

	static String exporterId(int e) {
		return "syn-eu-%04d".formatted(e);
	}

	private interface Rows {

		long write(CSVPrinter out) throws IOException;

	}

	private long write(Path folder, String file, Rows rows) {
		try (Writer writer = Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8);
				CSVPrinter out = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
			return rows.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + folder.resolve(file), ex);
		}
	}

	/** A random stream of its own for one subject (a firm, an anchor...) and purpose. */
	private SplittableRandom random(String purpose, int subject) {
		return new SplittableRandom(mix(this.seed ^ mix(purpose.hashCode() * 0x9E3779B97F4A7C15L + subject)));
	}

	/** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/**
	 * Index 0 most likely, then 1/2, 1/3, ... as likely: the skew of a few big customers.
	 */
	private static int zipf(SplittableRandom random, int n) {
		double harmonic = Math.log(n) + 0.5772156649 + 1.0 / (2 * n);
		double target = random.nextDouble() * harmonic;
		double sum = 0;
		for (int k = 0; k < n; k++) {
			sum += 1.0 / (k + 1);
			if (sum >= target) {
				return k;
			}
		}
		return n - 1;
	}

	/**
	 * Most certified firms are in the coastal provinces: half the firms are drawn with a
	 * skew over these, most to Zhejiang, the rest from any province.
	 */
	private static final List<String> BUSIEST_PROVINCES = List.of("33", "44", "32", "37", "11", "31", "34", "35", "42",
			"43", "51", "41");

	private ShippedReference.Province province(int i) {
		List<ShippedReference.Province> provinces = this.reference.provinces();
		SplittableRandom random = random("province", i);
		if (random.nextBoolean()) {
			String code = BUSIEST_PROVINCES.get(zipf(random, BUSIEST_PROVINCES.size()));
			return provinces.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
		}
		return provinces.get(random.nextInt(provinces.size()));
	}

	/** One or two HS subheadings a firm's product is classified under. */
	private List<ShippedReference.HsCode> codes(String purpose, int subject) {
		List<ShippedReference.HsCode> all = this.reference.hsCodes();
		SplittableRandom random = random(purpose, subject);
		int index = random.nextInt(all.size());
		if (random.nextInt(2) == 0 || index == all.size() - 1) {
			return List.of(all.get(index));
		}
		// The second is a neighbour in the nomenclature: the same product family.
		return List.of(all.get(index), all.get(index + 1));
	}

	private static String codeList(List<ShippedReference.HsCode> codes) {
		return String.join(";", codes.stream().map(ShippedReference.HsCode::code).toList());
	}

	private long sources(CSVPrinter out) throws IOException {
		out.printRecord("id", "title", "url", "publisher", "date", "retrieved", "language", "licence", "trust",
				"maxConfidence", "synthetic", "note");
		out.printRecord(this.sourceId,
				"Synthetic cultivation pyramid (%,d innovative SMEs, seed %d)".formatted(this.firms, this.seed), "",
				"little-giants-kb generate", "", "", "en", "", "C", "SYNTHETIC", "true",
				"Generated, not real: every id starts with syn- and every name says synthetic. "
						+ "remove-synthetic deletes it.");
		return 1;
	}

	private static final List<String> ORGANIZATION_COLUMNS = List.of("id", "kind", "name", "nameZh", "shortNameZh",
			"nameEn", "aliases", "country", "provinceCode", "province", "provinceEn", "city", "district", "founded",
			"ownership", "ownershipNote", "controller", "size", "uscc", "industry", "mainProducts", "chinaRevenueValue",
			"chinaRevenueCurrency", "chinaRevenueFiscalYear", "chinaRevenueSharePct", "chinaRevenueScope", "notes",
			"confidence", "sourceIds", "nameKeys");

	private long organizations(CSVPrinter out) throws IOException {
		out.printRecord(ORGANIZATION_COLUMNS);
		long rows = 0;
		for (int i = 0; i < this.firms; i++) {
			ShippedReference.Province p = province(i);
			String nameZh = "合成样本企业%07d有限公司".formatted(i);
			String name = "Synthetic SME %07d Co., Ltd.".formatted(i);
			organization(out, firmId(i), "FIRM", name, nameZh, "CN", p, "SME", null,
					String.valueOf(2000 + random("founded", i).nextInt(24)));
			rows++;
		}
		for (int a = 0; a < anchors(); a++) {
			ShippedReference.Province p = province(-1 - a);
			organization(out, anchorId(a), "FIRM", "Synthetic anchor customer %04d Group".formatted(a),
					"合成龙头企业%04d集团有限公司".formatted(a), "CN", p, "LARGE", null, "1995");
			rows++;
		}
		for (int e = 0; e < exporters(); e++) {
			double revenue = 50_000_000d * (1 + random("revenue", e).nextInt(40));
			organization(out, exporterId(e), "FIRM", "Synthetic EU exporter %04d GmbH".formatted(e), null,
					EU_COUNTRIES[e % EU_COUNTRIES.length], null, "LARGE", revenue, "1980");
			rows++;
		}
		for (int u = 0; u < universities(); u++) {
			organization(out, "syn-univ-%03d".formatted(u), "UNIVERSITY", "Synthetic University %03d".formatted(u),
					"合成样本大学%03d".formatted(u), "CN", province(-10_000 - u), null, null, null);
			rows++;
		}
		for (int b = 0; b < banks(); b++) {
			organization(out, "syn-bank-%03d".formatted(b), "BANK", "Synthetic Bank %03d".formatted(b),
					"合成样本银行%03d".formatted(b), "CN", province(-20_000 - b), null, null, null);
			rows++;
		}
		for (int f = 0; f < funds(); f++) {
			organization(out, "syn-fund-%03d".formatted(f), "FUND", "Synthetic Guidance Fund %03d".formatted(f),
					"合成样本引导基金%03d".formatted(f), "CN", province(-30_000 - f), null, null, null);
			rows++;
		}
		for (ShippedReference.Province p : this.reference.provinces()) {
			// A provincial certification names its provincial department; the shipped
			// data has some, and those are never rewritten.
			if (!this.reference.organizationIds().contains(authorityId(p.code()))) {
				organization(out, authorityId(p.code()), "AUTHORITY",
						"Synthetic stand-in for the department of industry and information technology of " + p.nameEn(),
						null, "CN", p, null, null, null);
				rows++;
			}
		}
		return rows;
	}

	private static String authorityId(String provinceCode) {
		return "auth-prov-" + provinceCode;
	}

	private void organization(CSVPrinter out, String id, String kind, String name, String nameZh, String country,
			ShippedReference.Province province, String size, Double chinaRevenue, String founded) throws IOException {
		String keys = (nameZh != null) ? "LEGAL|" + NameKeys.legal(nameZh) + ";EN|" + NameKeys.english(name)
				: "EN|" + NameKeys.english(name);
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", id);
		row.put("kind", kind);
		row.put("name", name);
		row.put("nameZh", nameZh);
		row.put("nameEn", name);
		row.put("country", country);
		row.put("provinceCode", (province != null) ? province.code() : null);
		row.put("province", (province != null) ? province.name() : null);
		row.put("provinceEn", (province != null) ? province.nameEn() : null);
		row.put("founded", founded);
		row.put("ownership", "FIRM".equals(kind) ? "PRIVATE" : null);
		row.put("size", size);
		if (chinaRevenue != null) {
			row.put("chinaRevenueValue", String.valueOf(chinaRevenue.longValue()));
			row.put("chinaRevenueCurrency", "EUR");
			row.put("chinaRevenueFiscalYear", "2024");
			row.put("chinaRevenueScope", "synthetic");
		}
		row.put("confidence", "SYNTHETIC");
		row.put("sourceIds", this.sourceId);
		row.put("nameKeys", keys);
		List<Object> cells = new ArrayList<>();
		ORGANIZATION_COLUMNS.forEach(c -> cells.add(row.get(c)));
		out.printRecord(cells);
	}

	private long certifications(CSVPrinter out) throws IOException {
		out.printRecord("id", "firmId", "tier", "level", "batch", "awardYear", "awarded", "awardedPrecision",
				"validUntil", "validUntilPrecision", "stage", "event", "reviewYear", "authorityId", "category",
				"product", "confidence", "sourceIds");
		long rows = 0;
		for (int i = 0; i < this.firms; i++) {
			SplittableRandom random = random("certifications", i);
			for (int t = 0; t <= tier(i); t++) {
				boolean national = t >= 2;
				Integer batch = null;
				int year;
				if (t == 2) {
					batch = 1 + random.nextInt(LITTLE_GIANT_YEARS.length);
					year = LITTLE_GIANT_YEARS[batch - 1];
				}
				else if (t == 3) {
					batch = 1 + random.nextInt(CHAMPION_YEARS.length);
					year = CHAMPION_YEARS[batch - 1];
				}
				else {
					year = 2021 + random.nextInt(5);
				}
				// One innovative SME in 500 has no published end of validity, as some
				// titles of the official lists (status UNKNOWN).
				boolean undated = t == 0 && i % 500 == 3;
				out.printRecord("syn-cert-%07d-%d".formatted(i, t), firmId(i), TIERS[t],
						national ? "NATIONAL" : "PROVINCIAL", batch, year, null, "YEAR",
						undated ? null : (year + 3) + "-12-31", undated ? null : "YEAR", "DESIGNATED",
						"synthetic certification", null, national ? "auth-miit" : authorityId(province(i).code()),
						"ENTERPRISE", null, "SYNTHETIC", this.sourceId);
				rows++;
			}
		}
		return rows;
	}

	private long products(CSVPrinter out) throws IOException {
		out.printRecord("id", "firmId", "name", "confidence", "sourceIds");
		long rows = 0;
		for (int i = 0; i < this.firms; i++) {
			out.printRecord("syn-prod-%07d".formatted(i), firmId(i), productName(codes("product", i)), "SYNTHETIC",
					this.sourceId);
			rows++;
		}
		return rows;
	}

	private static String productName(List<ShippedReference.HsCode> codes) {
		String description = codes.get(0).description();
		return "Synthetic product: " + ((description.length() > 120) ? description.substring(0, 120) : description);
	}

	private long productHsCodes(CSVPrinter out) throws IOException {
		out.printRecord("productId", "hsCode", "confidence", "sourceIds");
		long rows = 0;
		for (int i = 0; i < this.firms; i++) {
			for (ShippedReference.HsCode code : codes("product", i)) {
				out.printRecord("syn-prod-%07d".formatted(i), code.code(), "SYNTHETIC", this.sourceId);
				rows++;
			}
		}
		return rows;
	}

	private long firmSectors(CSVPrinter out) throws IOException {
		out.printRecord("firmId", "sectorId", "notes", "confidence", "sourceIds");
		List<String> directions = this.reference.sectorDirections();
		for (int i = 0; i < this.firms; i++) {
			out.printRecord(firmId(i), directions.get(random("sector", i).nextInt(directions.size())), null,
					"SYNTHETIC", this.sourceId);
		}
		return this.firms;
	}

	private static final List<String> RELATION_COLUMNS = List.of("id", "type", "fromId", "toId", "product", "hsCodes",
			"since", "until", "amount", "currency", "round", "board", "ticker", "date", "notes", "confidence",
			"sourceIds");

	private long relations(CSVPrinter out) throws IOException {
		out.printRecord(RELATION_COLUMNS);
		long rows = 0;
		for (int i = 0; i < this.firms; i++) {
			rows += firmRelations(out, i);
		}
		for (int e = 0; e < exporters(); e++) {
			// An EU exporter sells to a few anchors: the exposure to their certified
			// rivals.
			SplittableRandom random = random("exporter", e);
			List<ShippedReference.HsCode> codes = codes("exporter-product", e);
			Set<Integer> customers = new LinkedHashSet<>();
			for (int k = 0; k < 3; k++) {
				customers.add(zipf(random, anchors()));
			}
			for (int a : customers) {
				rows += relation(out, "SUPPLIES", exporterId(e), anchorId(a), Map.of("product", productName(codes),
						"hsCodes", codeList(codes), "since", String.valueOf(2010 + random.nextInt(14))));
			}
		}
		return rows;
	}

	private long firmRelations(CSVPrinter out, int i) throws IOException {
		SplittableRandom random = random("relations", i);
		String id = firmId(i);
		List<ShippedReference.HsCode> codes = codes("product", i);
		String product = productName(codes);
		long rows = 0;
		// Customers: an anchor (skewed: the first ones have thousands of suppliers) or a
		// firm higher in the pyramid, so that suppliers of suppliers form chains.
		int count = 1 + ((random.nextDouble() < 0.35) ? 1 : 0) + ((random.nextDouble() < 0.1) ? 1 : 0);
		Set<String> customers = new LinkedHashSet<>();
		for (int k = 0; k < count; k++) {
			double r = random.nextDouble();
			if (i == 0 || random.nextBoolean()) {
				customers.add(anchorId(zipf(random, anchors())));
			}
			else {
				customers.add(firmId((int) (i * r * r)));
			}
		}
		customers.remove(id);
		for (String customer : customers) {
			rows += relation(out, "SUPPLIES", id, customer, Map.of("product", product, "hsCodes", codeList(codes),
					"since", String.valueOf(2015 + random.nextInt(10))));
		}
		int tier = tier(i);
		if (tier >= 2 && random.nextBoolean()) {
			rows += relation(out, "MENTORS", anchorId(zipf(random, anchors())), id,
					Map.of("since", String.valueOf(2020 + random.nextInt(5))));
		}
		if (tier >= 2 && random.nextDouble() < 0.5) {
			rows += relation(out, "COMPETES_WITH", id, exporterId(random.nextInt(exporters())),
					Map.of("product", product, "hsCodes", codeList(codes)));
		}
		if (tier >= 1 && random.nextDouble() < 0.3) {
			rows += relation(out, "COLLABORATES_WITH", id, "syn-univ-%03d".formatted(random.nextInt(universities())),
					Map.of("product", product, "hsCodes", codeList(codes), "since",
							String.valueOf(2018 + random.nextInt(7))));
		}
		if (random.nextDouble() < 0.2) {
			rows += relation(out, "LENDS_TO", "syn-bank-%03d".formatted(random.nextInt(banks())), id,
					Map.of("amount", String.valueOf(1_000_000L * (1 + random.nextInt(50))), "currency", "CNY", "date",
							(2019 + random.nextInt(7)) + "-0" + (1 + random.nextInt(9))));
		}
		if (tier >= 1 && random.nextDouble() < 0.15) {
			rows += relation(out, "INVESTS_IN", "syn-fund-%03d".formatted(random.nextInt(funds())), id,
					Map.of("amount", String.valueOf(5_000_000L * (1 + random.nextInt(40))), "currency", "CNY", "round",
							ROUNDS[random.nextInt(ROUNDS.length)], "date", String.valueOf(2018 + random.nextInt(8))));
		}
		if (tier >= 2 && random.nextDouble() < 0.15) {
			String[] exchange = EXCHANGES[random.nextInt(EXCHANGES.length)];
			int opened = Integer.parseInt(exchange[2]);
			rows += relation(out, "LISTED_ON", id, exchange[0],
					Map.of("board", exchange[1], "date", String.valueOf(opened + random.nextInt(2026 - opened))));
		}
		return rows;
	}

	/** One row of relations.csv: the columns it has values for, by name. */
	private long relation(CSVPrinter out, String type, String from, String to, Map<String, String> values)
			throws IOException {
		String id = "LISTED_ON".equals(type) ? "listed-" + from + "-" + to : type.toLowerCase() + "-" + from + "-" + to;
		Map<String, String> row = new LinkedHashMap<>(values);
		row.put("id", id);
		row.put("type", type);
		row.put("fromId", from);
		row.put("toId", to);
		row.put("confidence", "SYNTHETIC");
		row.put("sourceIds", this.sourceId);
		List<String> cells = new ArrayList<>();
		RELATION_COLUMNS.forEach(column -> cells.add(row.get(column)));
		out.printRecord(cells);
		return 1;
	}

	private long salesMarkets(CSVPrinter out) throws IOException {
		out.printRecord("id", "firmId", "country", "product", "hsCodes", "notes", "confidence", "sourceIds");
		for (int e = 0; e < exporters(); e++) {
			List<ShippedReference.HsCode> codes = codes("exporter-product", e);
			out.printRecord("sells-" + exporterId(e) + "-CN", exporterId(e), "CN", productName(codes), codeList(codes),
					null, "SYNTHETIC", this.sourceId);
		}
		return exporters();
	}

	private long tradeFlows(CSVPrinter out) throws IOException {
		out.printRecord("id", "reporter", "partner", "flow", "year", "classification", "code", "productGroup",
				"valueEur", "sharePct", "notes", "confidence", "sourceIds");
		Set<ShippedReference.HsCode> codes = new LinkedHashSet<>();
		for (int e = 0; e < exporters(); e++) {
			codes.addAll(codes("exporter-product", e));
		}
		long rows = 0;
		for (ShippedReference.HsCode code : codes) {
			SplittableRandom random = random("trade", Integer.parseInt(code.code()));
			for (int year = 2022; year <= 2024; year++) {
				out.printRecord("syn-trade-" + code.code() + "-" + year, "EU27", "CN", "EXPORT", year, "HS6",
						code.code(), code.description(), String.valueOf(1_000_000L * (10 + random.nextInt(2000))), null,
						null, "SYNTHETIC", this.sourceId);
				rows++;
			}
		}
		return rows;
	}

}
