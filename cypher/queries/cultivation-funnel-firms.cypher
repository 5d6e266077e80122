// The firms behind one count of the cultivation funnel, so that a reader can check it by hand:
// firms holding a certification of $tier whose status on $asOf is $status, by the definition of
// cultivation-funnel.cypher (ACTIVE, PROPOSED, EXPIRED or UNKNOWN), in $batch when given, narrowed
// as the funnel was ($level, $provinceCode, $sector; certifications whose confidence is in
// $exclude left out). Each firm once, by id; a page starts after the id $after.
// Parameters: $tier, $status, $batch, $asOf (date), $level, $provinceCode, $sector, $exclude,
// $after, $limit.
// Starts from the certifications of the tier (the tier-and-level index: every certification
// has a level), not from every firm.
MATCH (c:Certification {tier: $tier})
WHERE c.level IS NOT NULL AND ($level IS NULL OR c.level = $level) AND NOT c.confidence IN $exclude
  AND ($batch IS NULL OR c.batch = $batch)
MATCH (f:Firm)-[:HOLDS]->(c)
WHERE ($provinceCode IS NULL OR f.provinceCode = $provinceCode)
  AND ($sector IS NULL OR EXISTS { (f)-[:IN_SECTOR]->(:Sector)-[:PART_OF*0..1]->(:Sector {id: $sector}) })
WITH f, c, coalesce(c.awarded, CASE WHEN c.awardYear IS NOT NULL THEN date({year: c.awardYear}) END) AS validFrom
WITH f, CASE
    WHEN validFrom IS NOT NULL AND validFrom > $asOf THEN 'NOT_YET'
    WHEN c.stage = 'PUBLICITY' THEN 'PROPOSED'
    WHEN c.validUntil IS NULL OR validFrom IS NULL THEN 'UNKNOWN'
    WHEN c.validUntil < $asOf THEN 'EXPIRED'
    ELSE 'ACTIVE' END AS status
WHERE status = $status
WITH DISTINCT f ORDER BY f.id
WITH collect(f) AS firms
// The page cut before the firms' properties are read: read for every firm of a count of
// 665,432, they exhausted a 768 MiB heap.
RETURN size(firms) AS totalCount,
       [f IN [f IN firms WHERE $after IS NULL OR f.id > $after][0..$limit] | properties(f)] AS page
