// The capital facts the capital-flow question could sum, per channel family, into firms holding
// a recorded certification: bank loans (LENDS_TO), fund investments (INVESTS_IN from a fund),
// other investments (INVESTS_IN from a firm or other investor) and listings (LISTED_ON); how many
// the graph holds and how many carry an amount. A family with none is unknown, not zero.
// Facts whose confidence is in $exclude count as absent.
// Parameters: $exclude.
MATCH (f:Firm)
// Certified: with no confidence excluded, a count of HOLDS relationships answers
// without reading each certification (the quality gate's check certifications-held keeps HOLDS for them).
WHERE (($exclude = [] AND COUNT { (f)-[:HOLDS]->() } > 0) OR EXISTS { MATCH (f)-[:HOLDS]->(c:Certification) WHERE NOT c.confidence IN $exclude })
CALL (f) {
  MATCH (f)<-[r:LENDS_TO]-(:Organization) WHERE NOT r.confidence IN $exclude
  RETURN 'BANK_LOANS' AS kind, r
  UNION ALL
  MATCH (f)<-[r:INVESTS_IN]-(investor:Organization) WHERE NOT r.confidence IN $exclude
  RETURN CASE WHEN investor:Fund THEN 'FUND_INVESTMENTS' ELSE 'OTHER_INVESTMENTS' END AS kind, r
  UNION ALL
  MATCH (f)-[r:LISTED_ON]->(:Organization) WHERE NOT r.confidence IN $exclude
  RETURN 'LISTINGS' AS kind, r
}
WITH kind, count(r) AS facts, count(r.amount) AS withAmount
RETURN kind, facts, withAmount
