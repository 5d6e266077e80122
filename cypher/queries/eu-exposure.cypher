// EU exporters exposed to certified Chinese competitors, ranked by an exposure score.
// Definition:
// - EU exporters: firms headquartered in an EU-27 country ($country narrows to one);
// - the exporter's products: HS subheadings of its products (MAKES) and of the product lines
//   it sells in China (SELLS_IN); $hsCode keeps those under that code;
// - certified makers: Chinese firms with a product classified under the same subheading and a
//   recorded certification (with $activeOnly, one not expired on $day); $sector keeps makers in
//   that sector or direction;
// - sharedChineseCustomers: the exporter's Chinese customers (SUPPLIES) that a certified maker
//   already supplies;
// - documentedRivals: certified Chinese firms a source names as its competitors (COMPETES_WITH);
// - score = $wMakers x certified makers + $wCustomers x shared Chinese customers
//           + $wRivals x documented rivals; only exporters with a score above 0 are returned;
// - valueAtStake: the exporter's China revenue as published (revenue, not exports), shown,
//   never used in the score;
// - each exposed product lists its first $makersPerCode certified makers by name (and id), and
//   counts them all (makerCount);
// - facts whose confidence is in $exclude (products, HS classifications, product lines,
//   certifications, supply and competition relationships) count as absent.
// Parameters: $country, $sector, $hsCode, $wMakers, $wCustomers, $wRivals, $day, $activeOnly,
// $exclude (confidence names), $limit, $makersPerCode.
UNWIND CASE WHEN $country IS NULL
  THEN COLLECT { MATCH (c:Country) WHERE c.eu RETURN c.code }
  ELSE [$country] END AS code
MATCH (:Country {code: code, eu: true})<-[:IN_COUNTRY]-(e:Firm)
CALL (e) {
  MATCH (e)-[:MAKES]->(p:Product)-[k:CLASSIFIED_AS]->(h:HsCode)
  WHERE NOT p.confidence IN $exclude AND NOT k.confidence IN $exclude
  RETURN h.code AS productCode
  UNION
  MATCH (e)-[s:SELLS_IN]->(:Country {code: 'CN'}) WHERE NOT s.confidence IN $exclude
  UNWIND s.hsCodes AS productCode RETURN productCode
}
WITH e, productCode WHERE $hsCode IS NULL OR productCode STARTS WITH $hsCode
// A code's certified makers are the same for every exporter: found once per code.
WITH productCode, collect(e) AS exporters
CALL (productCode) {
  MATCH (:HsCode {code: productCode})<-[k:CLASSIFIED_AS]-(p:Product)<-[:MAKES]-(m:Firm {country: 'CN'})
  // Certified: with no confidence excluded and expiry not asked about, a count of HOLDS relationships answers
  // without reading each certification (the quality gate's check certifications-held keeps HOLDS for them).
  WHERE NOT p.confidence IN $exclude AND NOT k.confidence IN $exclude AND (($exclude = [] AND NOT $activeOnly AND COUNT { (m)-[:HOLDS]->() } > 0) OR EXISTS { MATCH (m)-[:HOLDS]->(c:Certification) WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) })
    AND ($sector IS NULL OR EXISTS { (m)-[:IN_SECTOR]->(:Sector)-[:PART_OF*0..1]->(:Sector {id: $sector}) })
  RETURN collect(DISTINCT m) AS makers
}
UNWIND exporters AS e
WITH e, collect({code: productCode, makers: makers}) AS products
WITH e, COLLECT { UNWIND products AS p WITH p WHERE size(p.makers) > 0 RETURN p ORDER BY p.code } AS exposed,
     COLLECT { UNWIND products AS p UNWIND p.makers AS m RETURN DISTINCT m } AS makers
// From each maker to its few customers, not from the customers to their suppliers: a carmaker
// has thousands of suppliers, and many exporters supply it.
CALL (e, makers) {
  WITH e, makers, COLLECT {
    MATCH (e)-[s1:SUPPLIES]->(c:Firm {country: 'CN'}) WHERE NOT s1.confidence IN $exclude RETURN c
  } AS customers
  WHERE size(customers) > 0
  UNWIND makers AS m
  MATCH (m)-[s2:SUPPLIES]->(customer:Firm)
  WHERE customer IN customers AND NOT s2.confidence IN $exclude
  RETURN collect(DISTINCT [customer, m]) AS shared
}
CALL (e) {
  MATCH (e)-[r:COMPETES_WITH]-(m:Firm {country: 'CN'})
  WHERE NOT r.confidence IN $exclude AND (($exclude = [] AND NOT $activeOnly AND COUNT { (m)-[:HOLDS]->() } > 0) OR EXISTS { MATCH (m)-[:HOLDS]->(c:Certification) WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) })
  RETURN collect(r{.*, type: type(r), rival: properties(m)}) AS rivals
}
WITH e, exposed, makers, shared, rivals,
     $wMakers * size(makers) + $wCustomers * size(shared) + $wRivals * size(rivals) AS score
WHERE score > 0
ORDER BY score DESC, e.name
LIMIT $limit
// Scored on nodes; their properties are read for the page only.
CALL (exposed) {
  UNWIND exposed AS p
  CALL (p) {
    UNWIND p.makers AS m
    WITH m ORDER BY m.name, m.id LIMIT $makersPerCode
    RETURN collect(properties(m)) AS firstMakers
  }
  RETURN collect({code: p.code, makerCount: size(p.makers), makers: firstMakers}) AS exposedProducts
}
RETURN properties(e) AS exporter, score, size(makers) AS certifiedMakers, exposedProducts,
       [pair IN shared | {customer: properties(pair[0]), maker: properties(pair[1])}] AS sharedChineseCustomers,
       rivals AS documentedRivals
ORDER BY score DESC, exporter.name
