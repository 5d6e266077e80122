package io.littlegiants.kb.firm;

/**
 * One result of a search over organization names.
 *
 * @param score how well the text matches, 0 to 1 (see {@link NameSimilarity})
 * @param organization the organization found
 * @param matchedField the name that matched best: NAME, NAME_ZH, SHORT_NAME_ZH, NAME_EN,
 * ALIAS or PINYIN
 * @param matchedName that name as the organization has it
 */
public record SearchHit(double score, Organization organization, String matchedField, String matchedName) {
}
