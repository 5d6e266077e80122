/**
 * The data-quality gate: invariants every graph must keep (sources, confidence, dates,
 * codes, identifiers, synthetic data, attributions), each a file under
 * {@code cypher/checks/}, run by the {@code check} subcommand and by the tests.
 */
package io.littlegiants.kb.quality;
