package io.littlegiants.kb.firm;

import java.util.List;

/**
 * What a name as given maps to.
 *
 * @param input the name as given
 * @param decision MATCH, AMBIGUOUS or NONE
 * @param rule why: the importer's resolver rule that decided (id, legal name, short name,
 * English name, alias), "similar names only" or "no similar name"
 * @param organization the organization, for MATCH only
 * @param candidates the best candidates, best first
 */
public record NameMatch(String input, String decision, String rule, Organization organization,
		List<SearchHit> candidates) {
}
