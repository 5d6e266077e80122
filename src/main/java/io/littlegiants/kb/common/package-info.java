/**
 * What every area shares: the confidence scale, argument errors, Cypher script and
 * named-query access, and readers for Cypher results. Depends on no area.
 */
package io.littlegiants.kb.common;
