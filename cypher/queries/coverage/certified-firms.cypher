// How much the graph knows about the certified firms a question counts: the denominators of
// an answer's coverage. Definition:
// - certified firms in scope: firms holding a recorded certification (of $tier when given) whose
//   confidence is not in $exclude, narrowed to $sector (or a direction below it) and to
//   $provinceCode when given;
// - of those: how many make a recorded product, have a product with an HS code, take part in a
//   supply relationship (either side), and reported each figure the criteria audit checks;
// - certifications: those in scope, and those without an end of validity (they can never be due).
// Facts whose confidence is in $exclude count as absent.
// Parameters: $tier, $sector, $provinceCode, $exclude (list of confidence names, may be empty).
MATCH (f:Firm)-[:HOLDS]->(c:Certification)
WHERE ($tier IS NULL OR c.tier = $tier) AND NOT c.confidence IN $exclude
  AND ($provinceCode IS NULL OR f.provinceCode = $provinceCode)
  AND ($sector IS NULL OR EXISTS { (f)-[:IN_SECTOR]->(:Sector)-[:PART_OF*0..1]->(:Sector {id: $sector}) })
WITH f, count(c) AS certifications, count(CASE WHEN c.validUntil IS NULL THEN 1 END) AS withoutEnd
WITH f, certifications, withoutEnd,
     COLLECT { MATCH (f)-[:REPORTED]->(x:Figure) WHERE NOT x.confidence IN $exclude RETURN DISTINCT x.metric } AS metrics
RETURN count(f) AS certifiedFirms,
       sum(certifications) AS certifications,
       sum(withoutEnd) AS certificationsWithoutEnd,
       count(CASE WHEN EXISTS { MATCH (f)-[:MAKES]->(p:Product) WHERE NOT p.confidence IN $exclude } THEN 1 END)
         AS withProducts,
       count(CASE WHEN EXISTS { MATCH (f)-[:MAKES]->(p:Product)-[k:CLASSIFIED_AS]->(:HsCode)
                                WHERE NOT p.confidence IN $exclude AND NOT k.confidence IN $exclude } THEN 1 END)
         AS withHsCodes,
       count(CASE WHEN EXISTS { MATCH (f)-[s:SUPPLIES]-() WHERE NOT s.confidence IN $exclude } THEN 1 END)
         AS inSupplyChain,
       count(CASE WHEN size(metrics) > 0 THEN 1 END) AS withFigures,
       count(CASE WHEN 'REVENUE' IN metrics THEN 1 END) AS withRevenue,
       count(CASE WHEN 'RD_INTENSITY' IN metrics THEN 1 END) AS withRdIntensity,
       count(CASE WHEN 'INVENTION_PATENTS' IN metrics THEN 1 END) AS withInventionPatents,
       count(CASE WHEN 'MAIN_BUSINESS_SHARE' IN metrics THEN 1 END) AS withMainBusinessShare
