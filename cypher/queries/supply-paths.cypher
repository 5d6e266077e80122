// One breadth-first step of supplyPaths: every supplier (UPSTREAM) or customer (DOWNSTREAM)
// one SUPPLIES edge away from the frontier, each once, with the edges that reach it from the
// frontier and its own number of edges onward (degree). SupplyPathSearch takes the steps, from
// the start firms outwards, keeps the firms already reached, and chooses each firm's path.
// Definition of the question:
// - a path follows SUPPLIES edges in one direction and uses only edges valid on $asOf: since (a
//   year, month or date) not after it and until not before it, compared at the precision the
//   edge gives; with $asOf null every edge counts;
// - each firm reached is returned once, with its shortest path from any start: ties are broken
//   by the ids along the path, so a firm's path goes through the frontier firm whose own path
//   ranks first, then through the edge with the smallest id. A shortest path visits no firm
//   twice;
// - wanted: the firms the answer lists. With $tier set, only firms holding a certification in
//   that tier, and with $certified only firms holding any certification (with $activeOnly, one
//   not expired on $day); paths may pass through any firm, and the starts are never listed;
// - facts whose confidence is in $exclude (SUPPLIES edges, certifications) count as absent.
// Parameters: $frontier (ids), $direction ('UPSTREAM' | 'DOWNSTREAM'), $tier,
// $certified, $asOf (ISO date text or null), $day (date), $activeOnly, $exclude (confidence names).
UNWIND $frontier AS from
MATCH (a:Organization {id: from})
CALL (a) {
  WITH a WHERE $direction = 'UPSTREAM'
  MATCH (a)<-[r:SUPPLIES]-(b:Organization)
  RETURN r, b
  UNION
  WITH a WHERE $direction = 'DOWNSTREAM'
  MATCH (a)-[r:SUPPLIES]->(b:Organization)
  RETURN r, b
}
WITH from, r, b
WHERE NOT r.confidence IN $exclude
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= left($asOf, size(r.since)))
    AND (r.until IS NULL OR r.until >= left($asOf, size(r.until)))))
WITH b, collect({from: from, key: r.id, edge: elementId(r)}) AS edges
RETURN b.id AS id, b.name AS name, edges,
       CASE $direction WHEN 'UPSTREAM' THEN COUNT { (b)<-[:SUPPLIES]-() } ELSE COUNT { (b)-[:SUPPLIES]->() } END AS degree,
       b:Firm
         AND ($tier IS NULL OR EXISTS {
           MATCH (b)-[:HOLDS]->(c:Certification {tier: $tier})
           WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) })
         AND (NOT $certified OR EXISTS {
           MATCH (b)-[:HOLDS]->(c:Certification)
           WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) })
         AS wanted
