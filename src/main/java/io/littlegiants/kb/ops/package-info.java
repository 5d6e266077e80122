/**
 * Operations: health, info and metrics for the people who run the server.
 */
package io.littlegiants.kb.ops;
