// Certifications whose validity ends between $from and $to (inclusive), with their firms: the
// firms due for the three-yearly review in that window, by day, then by firm name and id.
// validUntil is the award or last passed review plus three years (the end of that year when
// only the year is known); entries that are only in a publicity list are included and keep
// their stage. $tier narrows to one tier; certifications whose confidence is in $exclude are left
// out.
// Read in one of two ways (the caller chooses, see recertification-due-days.cypher):
// - without $span, every title due in the window, sorted: each one's firm name is read;
// - with $span, the titles of the firms named up to the $span-th organization by name (every
//   firm of that name included), for a window of one day that most titles end on: titles known
//   by their year alone all end on 31 December, and sorting the 245,529 of one year at 1.1 million
//   firms by firm name took 1.1-1.4 s.
// Parameters: $from (date), $to (date), $tier, $exclude (confidence names), $span, $limit.
CALL () {
  WITH 1 AS sorted WHERE $span IS NULL
  MATCH (c:Certification)
  WHERE c.validUntil >= $from AND c.validUntil <= $to AND ($tier IS NULL OR c.tier = $tier)
    AND NOT c.confidence IN $exclude
  MATCH (f:Firm)-[:HOLDS]->(c)
  RETURN f, c
  UNION ALL
  WITH 1 AS walked WHERE $span IS NOT NULL
  CALL () {
    MATCH (o:Organization) WHERE o.name IS NOT NULL
    WITH o.name AS name ORDER BY name LIMIT coalesce($span, 0)
    RETURN max(name) AS lastName
  }
  MATCH (f:Organization)-[:HOLDS]->(c:Certification)
  USING INDEX f:Organization(name)
  WHERE f.name <= lastName AND f:Firm
    AND c.validUntil >= $from AND c.validUntil <= $to AND ($tier IS NULL OR c.tier = $tier)
    AND NOT c.confidence IN $exclude
  RETURN f, c
}
WITH f, c ORDER BY c.validUntil, f.name, c.id
LIMIT $limit
// The authority is read after the cut: a pattern comprehension before it trips the planner.
OPTIONAL MATCH (c)-[:ISSUED_BY]->(a:Organization)
OPTIONAL MATCH (t:Tier {id: c.tier})
RETURN properties(f) AS firm, c{.*, authorityId: a.id, tierDetails: t{.*}} AS certification
