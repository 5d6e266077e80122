// Products a customer buys from exactly one supplier, and whether a certified Chinese firm other
// than that supplier makes the same product. Definition:
// - a product is an HS code at level $hsLevel (4 = heading, 6 = subheading) of a SUPPLIES edge
//   into the customer that is valid on $asOf (until not before it; null = every edge);
//   supply edges with no HS code cannot be compared and are not counted;
// - single source: exactly one distinct supplier for that code;
// - certified domestic alternative: a Chinese firm, not the supplier, that makes a product
//   classified under the code and holds a recorded certification (with $activeOnly, one not
//   expired on $day).
// Facts whose confidence is in $exclude (supply edges, products, HS classifications,
// certifications) count as absent. With $customerId null every customer with suppliers is examined.
// Parameters: $customerId, $hsLevel (4 | 6), $asOf (ISO date text or null), $day (date), $activeOnly,
// $exclude (confidence names), $limit.
UNWIND CASE WHEN $customerId IS NULL
  THEN COLLECT { MATCH (c:Firm) WHERE EXISTS { (c)<-[:SUPPLIES]-() } RETURN c.id }
  ELSE [$customerId] END AS customerId
MATCH (customer:Organization {id: customerId})<-[r:SUPPLIES]-(supplier:Firm)
WHERE NOT r.confidence IN $exclude AND ($asOf IS NULL OR r.until IS NULL OR r.until >= left($asOf, size(r.until)))
UNWIND r.hsCodes AS fullCode
WITH customer, left(fullCode, $hsLevel) AS code, collect(DISTINCT supplier) AS suppliers, collect(DISTINCT r) AS edges
WHERE size(suppliers) = 1
WITH customer, code, suppliers[0] AS supplier, edges
MATCH (h:HsCode {code: code})
CALL (h, supplier) {
  OPTIONAL MATCH (h)<-[:PART_OF*0..2]-(:HsCode)<-[k:CLASSIFIED_AS]-(p:Product)<-[:MAKES]-(m:Firm {country: 'CN'})
  WHERE m <> supplier AND NOT p.confidence IN $exclude AND NOT k.confidence IN $exclude
    AND EXISTS { MATCH (m)-[:HOLDS]->(c:Certification) WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) }
  RETURN collect(DISTINCT properties(m)) AS alternatives
}
WITH customer, h, supplier, edges, alternatives
ORDER BY customer.name, customer.id, h.code
LIMIT $limit
RETURN properties(customer) AS customer, properties(h) AS hsCode, properties(supplier) AS supplier,
       [e IN edges | e{.*, type: type(e)}] AS edges, alternatives
