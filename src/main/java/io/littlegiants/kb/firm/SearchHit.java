package io.littlegiants.kb.firm;

/**
 * One result of a full-text search over organization names.
 *
 * @param score Lucene relevance, higher is better
 * @param organization the organization found
 */
public record SearchHit(double score, Organization organization) {
}
