package io.littlegiants.kb.exposure;

import java.util.List;

import io.littlegiants.kb.firm.Certification;
import io.littlegiants.kb.firm.Organization;

/**
 * A certified Chinese firm that makes what a foreign firm makes (or what an HS code
 * names).
 *
 * @param match SUBHEADING (same subheading, or below a heading asked about) or HEADING
 * (same heading, another subheading: a weaker match)
 * @param matches each target code and the maker's code that matched it
 * @param sharedCustomers customers supplied by both the maker and the foreign firm
 * @param foreignFirmsChineseCustomers those of them in China
 * @param capital money received, per channel and currency
 * @param replaces foreign firms making a product of a subheading the maker matched with
 */
public record ImportSubstitute(Organization firm, String match, List<CodeMatch> matches,
		List<Certification> certifications, List<Organization> sharedCustomers,
		List<Organization> foreignFirmsChineseCustomers, List<Capital> capital, List<Organization> replaces) {

	/** A target code and the maker's code that matched it. */
	public record CodeMatch(String target, String code, String match) {
	}

	/** Money received through one channel in one currency. */
	public record Capital(String channel, String currency, double amount, int count) {
	}

}
