// Certifications whose validity ends between $from and $to (inclusive), with their firms: the
// firms due for the three-yearly review in that window. validUntil is the award or last passed
// review plus three years (the end of that year when only the year is known); entries that are
// only in a publicity list are included and keep their stage. $tier narrows to one tier;
// certifications whose confidence is in $exclude are left out.
// Parameters: $from (date), $to (date), $tier, $exclude (confidence names), $limit.
MATCH (c:Certification)
WHERE c.validUntil >= $from AND c.validUntil <= $to AND ($tier IS NULL OR c.tier = $tier)
  AND NOT c.confidence IN $exclude
MATCH (f:Firm)-[:HOLDS]->(c)
WITH f, c ORDER BY c.validUntil, f.name, c.id
LIMIT $limit
// The authority is read after the cut: a pattern comprehension before it trips the planner.
OPTIONAL MATCH (c)-[:ISSUED_BY]->(a:Organization)
OPTIONAL MATCH (t:Tier {id: c.tier})
RETURN properties(f) AS firm, c{.*, authorityId: a.id, tierDetails: t{.*}} AS certification
