// Where the list of recertification-due.cypher ends, to choose how to read it: the days that the
// first $limit certifications due between $from and $to end on (in order: the validUntil index
// gives them so, and stops there), how many certifications end on the last of those days
// (counted up to $most), and how many organizations there are. Same filters as the list:
// $tier, $exclude (confidence names), a firm holding the certification.
// Parameters: $from (date), $to (date), $tier, $exclude, $limit, $most.
CALL () {
  MATCH (c:Certification)
  WHERE c.validUntil >= $from AND c.validUntil <= $to AND ($tier IS NULL OR c.tier = $tier)
    AND NOT c.confidence IN $exclude AND EXISTS { (:Firm)-[:HOLDS]->(c) }
  WITH c.validUntil AS day ORDER BY day LIMIT $limit
  RETURN collect(day) AS firstDays
}
WITH reduce(days = [], day IN firstDays | CASE WHEN day IN days THEN days ELSE days + day END) AS days
CALL (days) {
  MATCH (c:Certification {validUntil: days[-1]})
  WHERE ($tier IS NULL OR c.tier = $tier) AND NOT c.confidence IN $exclude AND EXISTS { (:Firm)-[:HOLDS]->(c) }
  WITH c LIMIT $most
  RETURN count(*) AS lastDayCertifications
}
RETURN days, lastDayCertifications, COUNT { (:Organization) } AS organizations
