// The firms behind one count of the cultivation funnel, as cultivation-funnel-firms.cypher
// defines them (the same firms, in the same order), for a count of many firms: the firms are
// walked in the order of their ids from the Organization(id) index and each is tested for a
// certification of the count, so that a page stops after $limit firms instead of collecting
// and sorting every firm of the count (a million at the pyramid's base). The total is the
// funnel's own count.
// Parameters: $tier, $status, $batch, $asOf (date), $level, $provinceCode, $sector, $exclude,
// $after, $limit.
MATCH (f:Organization:Firm)
WHERE f.id > coalesce($after, '')
  AND ($provinceCode IS NULL OR f.provinceCode = $provinceCode)
  AND ($sector IS NULL OR EXISTS { (f)-[:IN_SECTOR]->(:Sector)-[:PART_OF*0..1]->(:Sector {id: $sector}) })
  AND EXISTS {
    MATCH (f)-[:HOLDS]->(c:Certification {tier: $tier})
    WHERE c.level IS NOT NULL AND ($level IS NULL OR c.level = $level) AND NOT c.confidence IN $exclude
      AND ($batch IS NULL OR c.batch = $batch)
    WITH c, coalesce(c.awarded, CASE WHEN c.awardYear IS NOT NULL THEN date({year: c.awardYear}) END) AS validFrom
    WHERE CASE
        WHEN validFrom IS NOT NULL AND validFrom > $asOf THEN 'NOT_YET'
        WHEN c.stage = 'PUBLICITY' THEN 'PROPOSED'
        WHEN c.validUntil IS NULL OR validFrom IS NULL THEN 'UNKNOWN'
        WHEN c.validUntil < $asOf THEN 'EXPIRED'
        ELSE 'ACTIVE' END = $status
    RETURN c
  }
WITH f ORDER BY f.id LIMIT $limit
RETURN collect(properties(f)) AS page
