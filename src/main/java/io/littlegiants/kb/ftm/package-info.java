/**
 * The graph as FollowTheMoney entities, the model OpenSanctions' tools (yente, Aleph)
 * read.
 */
package io.littlegiants.kb.ftm;
