// EU export value to China in HS codes that at least one certified Chinese firm makes, as a share
// of all EU exports to China loaded at the same HS level. Definition:
// - flows: TradeFlow nodes with flow EXPORT, partner CN, classification HS, reporter $reporter
//   (EU27 by default) and a code of $hsLevel digits, in $year (default: the latest year loaded);
// - a code is exposed when a Chinese firm makes a product classified under it and holds a
//   recorded certification (with $activeOnly, one not expired on $day);
// - values are in EUR as published; nothing is estimated when no HS-level flow is loaded.
// Parameters: $reporter, $hsLevel, $year, $day, $activeOnly.
OPTIONAL MATCH (t:TradeFlow {flow: 'EXPORT', partner: 'CN', classification: 'HS', reporter: $reporter})
WHERE size(t.code) = $hsLevel
WITH coalesce($year, max(t.year)) AS year
OPTIONAL MATCH (t:TradeFlow {flow: 'EXPORT', partner: 'CN', classification: 'HS', reporter: $reporter, year: year})
WHERE size(t.code) = $hsLevel
WITH year, t, EXISTS {
  MATCH (:HsCode {code: t.code})<-[:PART_OF*0..2]-(:HsCode)<-[:CLASSIFIED_AS]-(:Product)<-[:MAKES]-(m:Firm {country: 'CN'})
  WHERE EXISTS { MATCH (m)-[:HOLDS]->(c:Certification) WHERE NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day }
} AS exposed
RETURN year, count(t) AS flows, sum(CASE WHEN exposed THEN 1 ELSE 0 END) AS exposedFlows,
       sum(t.valueEur) AS totalValueEur, sum(CASE WHEN exposed THEN t.valueEur ELSE 0.0 END) AS exposedValueEur
