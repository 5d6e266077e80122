// Products bought from foreign suppliers, and the certified Chinese firms that make them.
// Definition:
// - scope: one customer ($customerId), the firms of a sector or direction ($sector), or, with
//   neither, China as a whole;
// - a foreign purchase is a SUPPLIES edge valid on $asOf from a firm outside China to a firm
//   in scope; for China as a whole also a foreign firm's product line sold in China (SELLS_IN);
// - products are compared by HS code cut to $hsLevel digits (4 = heading, 6 = subheading);
//   purchases without an HS code are not counted;
// - a certified maker is a Chinese firm making a product classified under the code and holding
//   a recorded certification (with $activeOnly, one not expired on $day); a gap is a code with
//   no certified maker;
// - values are summed per currency, never converted; rows rank gaps first, then by the number
//   of foreign purchases, then by code;
// - each code lists its first $makersPerCode certified makers by name (and id), and counts
//   them all (certifiedMakerCount);
// - facts whose confidence is in $exclude (purchases, products, HS classifications,
//   certifications) count as absent.
// Parameters: $customerId, $sector, $hsLevel (4 | 6), $asOf (ISO date text or null), $day, $activeOnly,
// $exclude (confidence names), $limit, $makersPerCode.
CALL () {
  // One customer: from the foreign firms' side, each tested against it. A hub customer has a
  // hundred thousand suppliers, nearly all Chinese (103,347 for the biggest anchor of the pyramid
  // of 1.1 million firms, whose 592 foreign firms hold 1,618 supply relations): reading every
  // supplier's country took 389,000 db hits, against 193,000 this way.
  MATCH (customer:Organization {id: $customerId})
  UNWIND COLLECT { MATCH (c:Country) WHERE c.code <> 'CN' RETURN c.code } AS country
  MATCH (supplier:Organization {country: country})-[r:SUPPLIES]->(customer)
  USING INDEX supplier:Organization(country)
  WHERE supplier:Firm AND NOT r.confidence IN $exclude
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= left($asOf, size(r.since)))
      AND (r.until IS NULL OR r.until >= left($asOf, size(r.until)))))
  UNWIND r.hsCodes AS fullCode
  RETURN supplier, left(fullCode, $hsLevel) AS code, r AS purchase, 'SUPPLIES' AS kind
  UNION
  // A sector's firms, each with few suppliers: from each firm's side.
  UNWIND CASE WHEN $customerId IS NULL AND $sector IS NOT NULL THEN COLLECT {
      MATCH (:Sector {id: $sector})<-[:PART_OF*0..1]-(:Sector)<-[:IN_SECTOR]-(f:Firm) RETURN DISTINCT f.id }
    ELSE [] END AS customerId
  MATCH (customer:Organization {id: customerId})<-[r:SUPPLIES]-(supplier:Firm)
  WHERE supplier.country <> 'CN' AND NOT r.confidence IN $exclude
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= left($asOf, size(r.since)))
      AND (r.until IS NULL OR r.until >= left($asOf, size(r.until)))))
  UNWIND r.hsCodes AS fullCode
  RETURN supplier, left(fullCode, $hsLevel) AS code, r AS purchase, 'SUPPLIES' AS kind
  UNION
  // China as a whole: from the foreign suppliers, country by country (590 firms and 1,618 edges
  // in the pyramid of 1.1 million), not from every Chinese customer's suppliers (1.6 million).
  UNWIND CASE WHEN $customerId IS NULL AND $sector IS NULL
    THEN COLLECT { MATCH (c:Country) WHERE c.code <> 'CN' RETURN c.code } ELSE [] END AS country
  MATCH (supplier:Organization {country: country})-[r:SUPPLIES]->(customer:Firm {country: 'CN'})
  WHERE supplier:Firm AND NOT r.confidence IN $exclude
    AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= left($asOf, size(r.since)))
      AND (r.until IS NULL OR r.until >= left($asOf, size(r.until)))))
  UNWIND r.hsCodes AS fullCode
  RETURN supplier, left(fullCode, $hsLevel) AS code, r AS purchase, 'SUPPLIES' AS kind
  UNION
  MATCH (supplier:Firm)-[r:SELLS_IN]->(:Country {code: 'CN'})
  WHERE $customerId IS NULL AND $sector IS NULL AND supplier.country <> 'CN' AND NOT r.confidence IN $exclude
  UNWIND r.hsCodes AS fullCode
  RETURN supplier, left(fullCode, $hsLevel) AS code, r AS purchase, 'SELLS_IN' AS kind
}
WITH code, collect(DISTINCT supplier) AS suppliers, collect(DISTINCT purchase) AS purchases
MATCH (h:HsCode {code: code})
// Whether a code is made decides its rank, and one maker settles it: the makers themselves are
// listed only for the codes that make the page.
WITH h, suppliers, purchases, EXISTS {
  MATCH (h)<-[:PART_OF*0..2]-(:HsCode)<-[k:CLASSIFIED_AS]-(p:Product)<-[:MAKES]-(m:Firm {country: 'CN'})
  // Certified: with no confidence excluded and expiry not asked about, a count of HOLDS relationships answers
  // without reading each certification (the quality gate's check certifications-held keeps HOLDS for them).
  WHERE NOT p.confidence IN $exclude AND NOT k.confidence IN $exclude AND (($exclude = [] AND NOT $activeOnly AND COUNT { (m)-[:HOLDS]->() } > 0) OR EXISTS { MATCH (m)-[:HOLDS]->(c:Certification) WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) })
} AS made
ORDER BY made, size(purchases) DESC, h.code
LIMIT $limit
CALL (h) {
  OPTIONAL MATCH (h)<-[:PART_OF*0..2]-(:HsCode)<-[k:CLASSIFIED_AS]-(p:Product)<-[:MAKES]-(m:Firm {country: 'CN'})
  WHERE NOT p.confidence IN $exclude AND NOT k.confidence IN $exclude AND (($exclude = [] AND NOT $activeOnly AND COUNT { (m)-[:HOLDS]->() } > 0) OR EXISTS { MATCH (m)-[:HOLDS]->(c:Certification) WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) })
  WITH collect(DISTINCT m) AS makers
  RETURN size(makers) AS makerCount,
         [m IN COLLECT { UNWIND makers AS m RETURN m ORDER BY m.name, m.id LIMIT $makersPerCode } | properties(m)] AS makers
}
// Lists in a stable order (suppliers by name, currencies, purchases by id), whatever the plan
// collected them in, so that the same answer reads the same.
RETURN properties(h) AS hsCode, NOT made AS gap, size(purchases) AS foreignPurchases,
       [s IN COLLECT { UNWIND suppliers AS s RETURN s ORDER BY s.name, s.id } | properties(s)] AS foreignSuppliers,
       [cur IN COLLECT { UNWIND purchases AS p WITH DISTINCT p.currency AS cur WHERE cur IS NOT NULL RETURN cur ORDER BY cur } |
         {currency: cur, amount: reduce(total = 0.0, p IN purchases | total + CASE WHEN p.currency = cur THEN p.amount ELSE 0.0 END)}] AS values,
       makers AS certifiedMakers, makerCount AS certifiedMakerCount,
       COLLECT { UNWIND purchases AS p RETURN p{.*, type: type(p), supplier: properties(startNode(p))} ORDER BY p.id } AS purchases
ORDER BY gap DESC, foreignPurchases DESC, hsCode.code
