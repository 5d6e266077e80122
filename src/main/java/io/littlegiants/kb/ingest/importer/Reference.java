package io.littlegiants.kb.ingest.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;

/**
 * The reference data rows are checked against, read once per import: HS codes, countries
 * and Chinese provinces and cities. A few thousand entries, whatever the size of the
 * input.
 */
final class Reference {

	final Set<String> hsCodes = new HashSet<>();

	/** ISO alpha-2 and alpha-3 codes, both to alpha-2. */
	final Map<String, String> countries = new HashMap<>();

	/**
	 * Province code, Chinese name, short name and lower-case English name, to province
	 * code.
	 */
	final Map<String, String> provinces = new HashMap<>();

	/** City name and short name to province code. */
	final Map<String, String> cities = new HashMap<>();

	static Reference load(Driver driver) {
		Reference reference = new Reference();
		try (var session = driver.session()) {
			session.run("MATCH (h:HsCode) RETURN h.code AS code")
				.forEachRemaining(r -> reference.hsCodes.add(r.get("code").asString()));
			session.run("MATCH (c:Country) RETURN c.code AS code, c.alpha3 AS alpha3").forEachRemaining(r -> {
				String code = r.get("code").asString();
				reference.countries.put(code, code);
				if (!r.get("alpha3").isNull()) {
					reference.countries.put(r.get("alpha3").asString(), code);
				}
			});
			session.run("""
					MATCH (r:Region) RETURN r.code AS code, r.name AS name, r.shortName AS short, r.nameEn AS en,
					       r.level AS level, [(r)-[:PART_OF]->(p) | p.code][0] AS parent
					""").forEachRemaining(r -> {
				String code = r.get("code").asString();
				if ("PROVINCE".equals(r.get("level").asString())) {
					reference.provinces.put(code, code);
					reference.provinces.put(r.get("name").asString(), code);
					reference.provinces.put(r.get("short").asString(""), code);
					reference.provinces.put(r.get("en").asString("").toLowerCase(), code);
				}
				else if (!r.get("parent").isNull()) {
					reference.cities.put(r.get("name").asString(), r.get("parent").asString());
					reference.cities.put(r.get("short").asString(""), r.get("parent").asString());
				}
			});
		}
		reference.provinces.remove("");
		reference.cities.remove("");
		return reference;
	}

	/**
	 * The province code of a Chinese place name: a province, or a city within one; null
	 * if unknown.
	 */
	String provinceOf(String place) {
		if (place == null) {
			return null;
		}
		String code = this.provinces.get(place);
		if (code == null) {
			code = this.provinces.get(place.toLowerCase());
		}
		return code != null ? code : this.cities.get(place);
	}

}
