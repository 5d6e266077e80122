// EU export value to China in HS codes that at least one certified Chinese firm makes, as a share
// of all EU exports to China loaded at the same HS level. Definition:
// - flows: TradeFlow nodes with flow EXPORT, partner CN, classification HS, a value in EUR and a
//   code of $hsLevel digits, in $year (default: the latest year loaded); reported by EU27 where
//   such flows exist, else by the member states (Comext declarants), never both, so nothing is
//   counted twice;
// - a code is exposed when a Chinese firm makes a product classified under it and holds a
//   recorded certification (with $activeOnly, one not expired on $day);
// - values are in EUR as published; nothing is estimated when no HS-level flow is loaded;
// - facts whose confidence is in $exclude (flows, products, HS classifications, certifications)
//   count as absent.
// Parameters: $hsLevel, $year, $day, $activeOnly, $exclude (confidence names).
WITH CASE WHEN EXISTS {
    MATCH (t:TradeFlow {flow: 'EXPORT', partner: 'CN', classification: 'HS', reporter: 'EU27'})
    WHERE t.valueEur IS NOT NULL AND size(t.code) = $hsLevel }
  THEN ['EU27'] ELSE COLLECT { MATCH (c:Country) WHERE c.eu RETURN c.code } END AS reporters
OPTIONAL MATCH (t:TradeFlow {flow: 'EXPORT', partner: 'CN', classification: 'HS'})
WHERE t.reporter IN reporters AND t.valueEur IS NOT NULL AND size(t.code) = $hsLevel
WITH reporters, coalesce($year, max(t.year)) AS year
OPTIONAL MATCH (t:TradeFlow {flow: 'EXPORT', partner: 'CN', classification: 'HS', year: year})
WHERE t.reporter IN reporters AND t.valueEur IS NOT NULL AND size(t.code) = $hsLevel
  AND NOT t.confidence IN $exclude
WITH year, t, EXISTS {
  MATCH (:HsCode {code: t.code})<-[:PART_OF*0..2]-(:HsCode)<-[k:CLASSIFIED_AS]-(p:Product)<-[:MAKES]-(m:Firm {country: 'CN'})
  // Certified: with no confidence excluded and expiry not asked about, a count of HOLDS relationships answers
  // without reading each certification (the quality gate's check certifications-held keeps HOLDS for them).
  WHERE NOT p.confidence IN $exclude AND NOT k.confidence IN $exclude AND (($exclude = [] AND NOT $activeOnly AND COUNT { (m)-[:HOLDS]->() } > 0) OR EXISTS { MATCH (m)-[:HOLDS]->(c:Certification) WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) })
} AS exposed
RETURN year, count(t) AS flows, sum(CASE WHEN exposed THEN 1 ELSE 0 END) AS exposedFlows,
       sum(t.valueEur) AS totalValueEur, sum(CASE WHEN exposed THEN t.valueEur ELSE 0.0 END) AS exposedValueEur
