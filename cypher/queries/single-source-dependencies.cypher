// Products a customer buys from exactly one supplier, and whether a certified Chinese firm other
// than that supplier makes the same product. Definition:
// - a product is an HS code at level $hsLevel (4 = heading, 6 = subheading) of a SUPPLIES edge
//   into the customer that is valid on $asOf (until not before it; null = every edge);
//   supply edges with no HS code cannot be compared and are not counted;
// - single source: exactly one distinct supplier for that code;
// - certified domestic alternative: a Chinese firm, not the supplier, that makes a product
//   classified under the code and holds a recorded certification (with $activeOnly, one not
//   expired on $day); the first $makersPerCode of them by name are listed, all are counted.
// Facts whose confidence is in $exclude (supply edges, products, HS classifications,
// certifications) count as absent. With $customerId null every customer with suppliers is examined.
// Parameters: $customerId, $hsLevel (4 | 6), $asOf (ISO date text or null), $day (date), $activeOnly,
// $exclude (confidence names), $limit, $makersPerCode.
// Every customer is taken in the answer's order (name, then id), each one's codes grouped on
// their own, so that the page stops the walk: grouping every customer's codes at once held more
// than the 512 MB a transaction may at 1.1 million firms.
CALL () {
  WITH 1 AS one WHERE $customerId IS NOT NULL
  MATCH (customer:Organization {id: $customerId})
  RETURN customer
  UNION
  WITH 1 AS every WHERE $customerId IS NULL
  MATCH (customer:Firm) WHERE EXISTS { (customer)<-[:SUPPLIES]-() }
  RETURN customer
}
WITH customer ORDER BY customer.name, customer.id
CALL (customer) {
  MATCH (customer)<-[r:SUPPLIES]-(supplier:Firm)
  WHERE NOT r.confidence IN $exclude AND ($asOf IS NULL OR r.until IS NULL OR r.until >= left($asOf, size(r.until)))
  UNWIND r.hsCodes AS fullCode
  WITH left(fullCode, $hsLevel) AS code, collect(DISTINCT supplier) AS suppliers, collect(DISTINCT r) AS edges
  WHERE size(suppliers) = 1
  MATCH (h:HsCode {code: code})
  RETURN h, suppliers[0] AS supplier, edges
}
WITH customer, h, supplier, edges
ORDER BY customer.name, customer.id, h.code
LIMIT $limit
// The alternatives (every certified maker of a code) are counted for the page only, and the
// first $makersPerCode by name (and id) listed.
CALL (h, supplier) {
  OPTIONAL MATCH (h)<-[:PART_OF*0..2]-(:HsCode)<-[k:CLASSIFIED_AS]-(p:Product)<-[:MAKES]-(m:Firm {country: 'CN'})
  WHERE m <> supplier AND NOT p.confidence IN $exclude AND NOT k.confidence IN $exclude
    // Certified: with no confidence excluded and expiry not asked about, a count of HOLDS relationships answers
    // without reading each certification (the quality gate's check certifications-held keeps HOLDS for them).
    AND (($exclude = [] AND NOT $activeOnly AND COUNT { (m)-[:HOLDS]->() } > 0) OR EXISTS { MATCH (m)-[:HOLDS]->(c:Certification) WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) })
  WITH collect(DISTINCT m) AS makers
  RETURN size(makers) AS alternativeCount,
         [m IN COLLECT { UNWIND makers AS m RETURN m ORDER BY m.name, m.id LIMIT $makersPerCode } | properties(m)] AS alternatives
}
RETURN properties(customer) AS customer, properties(h) AS hsCode, properties(supplier) AS supplier,
       [e IN edges | e{.*, type: type(e)}] AS edges, alternatives, alternativeCount
ORDER BY customer.name, customer.id, hsCode.code
