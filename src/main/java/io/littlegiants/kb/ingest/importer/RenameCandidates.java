package io.littlegiants.kb.ingest.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;

/**
 * Listed firms a new name may be a former or later name of: a list names a firm before it
 * renames itself for its listing (浙江花园生物高科 became 300401 浙江花园生物医药). A rename is merged
 * only when a source states it (the alias file), so these are reported in the resolution
 * file for a person to check, never merged. A candidate is a listed Chinese firm of the
 * same province whose name stem (the name without the places it starts with and without
 * its legal form) begins with the same two characters.
 */
final class RenameCandidates {

	private static final Pattern LEGAL_FORM = Pattern.compile("(股份有限公司|有限责任公司|有限公司|股份公司|集团|公司)+$");

	private record Listed(String id, String name, String provinceCode, String stem) {
	}

	/** Listed firms by province code and the first two characters of their stem. */
	private final Map<String, List<Listed>> listed = new HashMap<>();

	/** Chinese province and city names, full and short. */
	private final Set<String> places;

	private final int longestPlace;

	private final Reference reference;

	private RenameCandidates(Set<String> places, Reference reference) {
		this.places = places;
		this.longestPlace = places.stream().mapToInt(String::length).max().orElse(0);
		this.reference = reference;
	}

	/** No candidates: for imports that create no firm. */
	static RenameCandidates none(Reference reference) {
		return new RenameCandidates(Set.of(), reference);
	}

	/**
	 * Reads the listed Chinese firms once per import (a few thousand), from the
	 * exchanges: from the firms of China it read every one of them (2.3 million db hits
	 * and 0.7-2.4 s at 1.1 million firms, against 43,000 and 30-50 ms).
	 */
	static RenameCandidates load(Driver driver, Reference reference) {
		Set<String> places = new HashSet<>();
		for (Set<String> names : List.of(reference.provinces.keySet(), reference.cities.keySet())) {
			names.stream()
				.filter(n -> n.length() >= 2 && n.codePoints().allMatch(Character::isIdeographic))
				.forEach(places::add);
		}
		RenameCandidates candidates = new RenameCandidates(places, reference);
		try (var session = driver.session()) {
			session.run("""
					MATCH (:Exchange)<-[:LISTED_ON]-(f:Firm {country: 'CN'})
					WHERE f.nameZh IS NOT NULL
					WITH DISTINCT f
					RETURN f.id AS id, f.nameZh AS name, f.provinceCode AS provinceCode
					""").forEachRemaining(r -> {
				String name = r.get("name").asString();
				String province = r.get("provinceCode").isNull() ? null : r.get("provinceCode").asString();
				Listed firm = new Listed(r.get("id").asString(), name,
						(province != null) ? province : candidates.provinceIn(name), candidates.stem(name));
				if (firm.provinceCode() != null && firm.stem().length() >= 2) {
					candidates.listed.computeIfAbsent(key(firm.provinceCode(), firm.stem()), k -> new ArrayList<>())
						.add(firm);
				}
			});
		}
		return candidates;
	}

	/**
	 * @param name a name that matched no organization
	 * @param provinceCode the province its row gives, or null (then the one its name
	 * starts with)
	 * @return "id name" of each listed firm it may be a rename of
	 */
	List<String> of(String name, String provinceCode) {
		String stem = stem(name);
		String province = (provinceCode != null) ? provinceCode : provinceIn(name);
		if (stem.length() < 2 || province == null) {
			return List.of();
		}
		return this.listed.getOrDefault(key(province, stem), List.of())
			.stream()
			.map(l -> l.id() + " " + l.name())
			.toList();
	}

	private static String key(String provinceCode, String stem) {
		return provinceCode + "|" + stem.substring(0, 2);
	}

	/** 浙江花园生物高科股份有限公司 -> 花园生物高科. */
	String stem(String name) {
		String stem = LEGAL_FORM.matcher(name.strip()).replaceFirst("");
		String place = leadingPlace(stem);
		while (place != null && stem.length() > place.length() + 1) {
			stem = stem.substring(place.length());
			place = leadingPlace(stem);
		}
		return stem.startsWith("市") ? stem.substring(1) : stem;
	}

	private String provinceIn(String name) {
		String place = leadingPlace(name);
		return (place != null) ? this.reference.provinceOf(place) : null;
	}

	/** The longest province or city name the text starts with, or null. */
	private String leadingPlace(String text) {
		for (int length = Math.min(this.longestPlace, text.length()); length >= 2; length--) {
			if (this.places.contains(text.substring(0, length))) {
				return text.substring(0, length);
			}
		}
		return null;
	}

}
