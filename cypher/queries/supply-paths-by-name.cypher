// A shortcut of supply-paths.cypher for a tier too large to read whole (a hub's hundred
// thousand suppliers), when no certification tier is asked for (supply-paths-in-tier.cypher
// is the other case): the first $k wanted firms of the next tier in the answer's order (name,
// then id), found by walking the name index and keeping the firms not reached before that an
// edge reaches from the frontier, with those edges. The page needs no more of the tier; fewer
// than $k found means it must be read whole after all. Wanted, and an edge, are as in
// supply-paths.cypher; UPSTREAM, b supplies the frontier firm.
// Parameters: $frontier (ids), $reached (ids reached before, the starts included), $k,
// $direction ('UPSTREAM' | 'DOWNSTREAM'), $certified, $day, $activeOnly, $asOf, $exclude.
MATCH (b:Organization) WHERE b.name >= '' AND b:Firm AND NOT b.id IN $reached
  AND (NOT $certified OR EXISTS {
    MATCH (b)-[:HOLDS]->(c:Certification)
    WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) })
  AND EXISTS {
    MATCH (b)-[r:SUPPLIES]-(a:Organization)
    WHERE a.id IN $frontier AND (startNode(r) = b) = ($direction = 'UPSTREAM') AND NOT r.confidence IN $exclude
      AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= left($asOf, size(r.since)))
        AND (r.until IS NULL OR r.until >= left($asOf, size(r.until))))) }
WITH b ORDER BY b.name, b.id LIMIT $k
// The same edges again, read for the $k firms only.
RETURN b.id AS id, b.name AS name, COLLECT {
    MATCH (b)-[r:SUPPLIES]-(a:Organization)
    WHERE a.id IN $frontier AND (startNode(r) = b) = ($direction = 'UPSTREAM') AND NOT r.confidence IN $exclude
      AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= left($asOf, size(r.since)))
        AND (r.until IS NULL OR r.until >= left($asOf, size(r.until)))))
    RETURN {from: a.id, key: r.id, edge: elementId(r)} } AS edges
ORDER BY name, id
