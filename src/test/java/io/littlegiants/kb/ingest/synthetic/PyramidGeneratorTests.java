package io.littlegiants.kb.ingest.synthetic;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic pyramid's files, without a database: the programme's ratios, skew,
 * chains, determinism, and that every fact is synthetic and refers only to what exists.
 */
class PyramidGeneratorTests {

	static final ShippedReference REFERENCE = ShippedReference.load();

	@TempDir
	static Path dir;

	static Map<String, Long> written;

	@BeforeAll
	static void generate() {
		written = new PyramidGenerator(10_000, 7, REFERENCE).write(dir.resolve("a"));
	}

	@Test
	void followsTheProgrammesRatiosWithACertificationPerTierReached() throws IOException {
		Map<String, Integer> byTier = new HashMap<>();
		Set<String> firms = new HashSet<>();
		for (CSVRecord row : rows("a", "certifications.csv")) {
			byTier.merge(row.get("tier"), 1, Integer::sum);
			firms.add(row.get("firmId"));
		}
		assertThat(byTier).containsExactlyInAnyOrderEntriesOf(
				Map.of("INNOVATIVE_SME", 10_000, "SPECIALIZED_SME", 1_000, "LITTLE_GIANT", 100, "CHAMPION", 10));
		assertThat(firms).hasSize(10_000);
		assertThat(written.get("certifications.csv")).isEqualTo(11_110L);
	}

	@Test
	void theSameFirmsAndSeedGiveTheSameFilesAndAnotherSeedOthers() throws IOException {
		new PyramidGenerator(10_000, 7, REFERENCE).write(dir.resolve("b"));
		new PyramidGenerator(10_000, 8, REFERENCE).write(dir.resolve("c"));
		for (String file : written.keySet()) {
			assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
		}
		assertThat(Files.readString(dir.resolve("c").resolve("relations.csv")))
			.isNotEqualTo(Files.readString(dir.resolve("a").resolve("relations.csv")));
	}

	@Test
	void supplyIsSkewedAndFormsChainsSeveralTiersDeep() throws IOException {
		Map<String, Integer> suppliers = new HashMap<>();
		Map<String, List<String>> customers = new HashMap<>();
		for (CSVRecord row : rows("a", "relations.csv")) {
			if (row.get("type").equals("SUPPLIES")) {
				suppliers.merge(row.get("toId"), 1, Integer::sum);
				customers.computeIfAbsent(row.get("fromId"), k -> new ArrayList<>()).add(row.get("toId"));
			}
		}
		List<Integer> degrees = suppliers.values().stream().sorted().toList();
		int median = degrees.get(degrees.size() / 2);
		assertThat(suppliers.get(PyramidGenerator.anchorId(0))).as("the biggest customer's suppliers")
			.isGreaterThan(1_000)
			.isGreaterThan(100 * median);
		assertThat(longestChain(customers)).as("tiers of suppliers below an anchor").isGreaterThanOrEqualTo(4);
	}

	@Test
	void eachRelationCarriesTheValuesOfItsType() throws IOException {
		Map<String, Integer> byType = new HashMap<>();
		List<String> problems = new ArrayList<>();
		for (CSVRecord row : rows("a", "relations.csv")) {
			String type = row.get("type");
			byType.merge(type, 1, Integer::sum);
			boolean ok = switch (type) {
				case "SUPPLIES", "COMPETES_WITH" ->
					!row.get("product").isEmpty() && row.get("hsCodes").matches("\\d{6}(;\\d{6})?");
				case "LENDS_TO" -> row.get("amount").matches("\\d+") && row.get("currency").equals("CNY")
						&& row.get("date").matches("20\\d\\d-0\\d") && row.get("until").isEmpty();
				case "INVESTS_IN" -> row.get("amount").matches("\\d+") && row.get("currency").equals("CNY")
						&& List.of("A", "B", "C", "PRE_IPO").contains(row.get("round"));
				case "LISTED_ON" ->
					List.of("BSE", "CHINEXT", "STAR").contains(row.get("board")) && row.get("date").matches("20\\d\\d");
				case "MENTORS", "COLLABORATES_WITH" -> row.get("since").matches("20\\d\\d");
				default -> false;
			};
			if (!ok) {
				problems.add(row.toString());
			}
		}
		assertThat(problems).isEmpty();
		assertThat(byType).containsOnlyKeys("SUPPLIES", "COMPETES_WITH", "LENDS_TO", "INVESTS_IN", "LISTED_ON",
				"MENTORS", "COLLABORATES_WITH");
	}

	@Test
	void everyFactIsSyntheticAndRefersOnlyToWhatExists() throws IOException {
		Set<String> organizations = new HashSet<>(REFERENCE.organizationIds());
		List<String> problems = new ArrayList<>();
		for (CSVRecord row : rows("a", "organizations.csv")) {
			if (REFERENCE.organizationIds().contains(row.get("id")) || !row.get("id").matches("(syn-|auth-prov-).*")) {
				problems.add("organization " + row.get("id") + " is shipped, or not named as synthetic");
			}
			organizations.add(row.get("id"));
		}
		Set<String> codes = new HashSet<>();
		REFERENCE.hsCodes().forEach(c -> codes.add(c.code()));
		for (String file : written.keySet()) {
			for (CSVRecord row : rows("a", file)) {
				if (!file.equals("sources.csv") && !(row.get("confidence").equals("SYNTHETIC")
						&& row.get("sourceIds").equals("src-syn-7-10000"))) {
					problems.add(file + " row " + row.getRecordNumber() + " is not SYNTHETIC from src-syn-7-10000");
				}
				for (String end : List.of("fromId", "toId", "firmId")) {
					if (row.isMapped(end) && !organizations.contains(row.get(end))) {
						problems.add(file + " row " + row.getRecordNumber() + ": no organization " + row.get(end));
					}
				}
				if (row.isMapped("hsCode") && !codes.contains(row.get("hsCode"))) {
					problems.add(file + " row " + row.getRecordNumber() + ": no HS code " + row.get("hsCode"));
				}
			}
		}
		assertThat(problems).isEmpty();
		CSVRecord source = rows("a", "sources.csv").get(0);
		assertThat(source.get("synthetic")).isEqualTo("true");
		assertThat(source.get("maxConfidence")).isEqualTo("SYNTHETIC");
	}

	private static int longestChain(Map<String, List<String>> customers) {
		Map<String, Integer> memo = new HashMap<>();
		int longest = 0;
		for (String firm : customers.keySet()) {
			longest = Math.max(longest, tiersAbove(firm, customers, memo));
		}
		return longest;
	}

	/**
	 * Supply tiers above a firm: its deepest customer's plus one (a firm only supplies
	 * firms higher in the pyramid, so there is no cycle).
	 */
	private static int tiersAbove(String firm, Map<String, List<String>> customers, Map<String, Integer> memo) {
		Integer known = memo.get(firm);
		if (known != null) {
			return known;
		}
		int deepest = 0;
		for (String customer : customers.getOrDefault(firm, List.of())) {
			deepest = Math.max(deepest, 1 + tiersAbove(customer, customers, memo));
		}
		memo.put(firm, deepest);
		return deepest;
	}

	private static List<CSVRecord> rows(String folder, String file) throws IOException {
		try (Reader reader = Files.newBufferedReader(dir.resolve(folder).resolve(file))) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
