package io.littlegiants.kb.ingest.synthetic;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;

/**
 * The real reference data a synthetic graph is built on, read from the shipped dataset in
 * the jar: provinces, HS subheadings of the industrial chapters, sector directions and
 * the ids of shipped organizations (never written by the generator, only referred to).
 *
 * @param provinces the 31 mainland provinces
 * @param hsCodes HS 2022 subheadings (6 digits) of the chapters SMEs make parts and
 * materials in
 * @param sectorDirections the directions of the Made in China 2025 sectors
 * @param organizationIds every organization id of the shipped dataset
 * @param keys every other key of the shipped reference nodes a generated fact may point
 * at, by label: {@code Tier}, {@code HsCode} (all levels), {@code Sector} and
 * {@code Country}
 */
public record ShippedReference(List<Province> provinces, List<HsCode> hsCodes, List<String> sectorDirections,
		Set<String> organizationIds, Map<String, Set<String>> keys) {

	/** Chemicals, plastics, metals, machinery, electrical, vehicles, instruments. */
	private static final Set<String> INDUSTRIAL_CHAPTERS = Set.of("28", "29", "38", "39", "72", "73", "76", "84", "85",
			"87", "90");

	public record Province(String code, String name, String nameEn) {
	}

	public record HsCode(String code, String description) {
	}

	public static ShippedReference load() {
		List<Province> provinces = new ArrayList<>();
		read("regions.csv", r -> {
			if ("PROVINCE".equals(r.get("level"))) {
				provinces.add(new Province(r.get("code"), r.get("name"), r.get("nameEn")));
			}
		});
		List<HsCode> codes = new ArrayList<>();
		read("hs_codes.csv", r -> {
			String code = r.get("code");
			if ("6".equals(r.get("level")) && INDUSTRIAL_CHAPTERS.contains(code.substring(0, 2))) {
				codes.add(new HsCode(code, r.get("description").strip()));
			}
		});
		List<String> directions = new ArrayList<>();
		read("sectors.csv", r -> {
			if ("DIRECTION".equals(r.get("kind"))) {
				directions.add(r.get("id"));
			}
		});
		Set<String> organizations = new HashSet<>();
		read("organizations.csv", r -> organizations.add(r.get("id")));
		Map<String, Set<String>> keys = Map.of("Tier", keysOf("tiers.csv", "id"), "HsCode",
				keysOf("hs_codes.csv", "code"), "Sector", keysOf("sectors.csv", "id"), "Country",
				keysOf("countries.csv", "code"));
		return new ShippedReference(List.copyOf(provinces), List.copyOf(codes), List.copyOf(directions),
				Set.copyOf(organizations), keys);
	}

	private static Set<String> keysOf(String file, String column) {
		Set<String> keys = new HashSet<>();
		read(file, r -> keys.add(r.get(column)));
		return Set.copyOf(keys);
	}

	private static void read(String file, Consumer<CSVRecord> rows) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource("import/" + file).getInputStream(),
				StandardCharsets.UTF_8)) {
			format.parse(reader).forEach(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the shipped " + file, ex);
		}
	}

}
