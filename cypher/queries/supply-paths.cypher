// Every supplier (UPSTREAM) or customer (DOWNSTREAM) of one or more firms within maxDepth supply
// tiers, each with its shortest path from the nearest start. Definition:
// - a path follows SUPPLIES edges in one direction, visits no firm twice (cycles are cut), and
//   uses only edges valid on $asOf: since (a year, month or date) not after it and until not
//   before it, compared at the precision the edge gives; with $asOf null every edge counts;
// - with $tier set, only firms holding a certification in that tier are returned, and with
//   $certified only firms holding any certification (with $activeOnly, one not expired on $day);
//   paths may pass through any firm;
// - the starts themselves are never returned;
// - facts whose confidence is in $exclude (SUPPLIES edges, certifications) count as absent;
// - one row per firm reached: its shortest path from any start, ties broken by the ids along it.
// maxDepth (1-6) is not a parameter: Cypher takes none in a quantifier, so the service narrows
// the upper bound of both quantifiers below to maxDepth (NamedQueries.runToDepth), and no longer
// path is explored.
// Parameters: $firmIds (list), $direction ('UPSTREAM' | 'DOWNSTREAM'), $tier,
// $certified, $asOf (ISO date text or null), $day (date), $activeOnly, $exclude (confidence names), $limit.
UNWIND $firmIds AS firmId
MATCH (start:Organization {id: firmId})
CALL (start) {
  WITH start WHERE $direction = 'UPSTREAM'
  MATCH p = (start)(()<-[r:SUPPLIES]-()
      WHERE NOT r.confidence IN $exclude AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= left($asOf, size(r.since)))
        AND (r.until IS NULL OR r.until >= left($asOf, size(r.until)))))){1,6}(other:Firm)
  RETURN p, other
  UNION
  WITH start WHERE $direction = 'DOWNSTREAM'
  MATCH p = (start)(()-[r:SUPPLIES]->()
      WHERE NOT r.confidence IN $exclude AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= left($asOf, size(r.since)))
        AND (r.until IS NULL OR r.until >= left($asOf, size(r.until)))))){1,6}(other:Firm)
  RETURN p, other
}
WITH start, p, other
WHERE NOT other.id IN $firmIds
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
  AND ($tier IS NULL OR EXISTS {
    MATCH (other)-[:HOLDS]->(c:Certification {tier: $tier})
    WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) })
  AND (NOT $certified OR EXISTS {
    MATCH (other)-[:HOLDS]->(c:Certification)
    WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) })
// The page is chosen on depth and name; only its firms' paths are ranked and read in full.
WITH other, collect(p) AS paths, min(length(p)) AS depth
ORDER BY depth, other.name, other.id
LIMIT $limit
CALL (paths, depth) {
  UNWIND paths AS p
  WITH p WHERE length(p) = depth
  RETURN p ORDER BY [n IN nodes(p) | n.id] LIMIT 1
}
RETURN other{.*} AS firm, depth, properties(nodes(p)[0]) AS start,
       [r IN relationships(p) | r{.*, type: type(r), supplier: properties(startNode(r)), customer: properties(endNode(r))}] AS hops
ORDER BY depth, firm.name, firm.id
