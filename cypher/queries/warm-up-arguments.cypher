// Arguments for the warm-up's questions about one firm or HS code
// (analytics/warm-up.graphql). Asked after each change of the data, those questions get their
// statements planned before an analyst waits for it: at 1.1 million firms planning took 0.2-0.5 s
// of a question's first answer, whatever its arguments. Small arguments, so that the answers,
// which are kept like any other, cost little:
// - customer: the first organization by id with 1 to 20 suppliers;
// - supplier: the first organization by id with 1 to 20 customers;
// - hsCode: the six-digit code with the fewest products (at least one), then by code.
// Each is null when the graph has none. The organizations come from the id index in order, which
// stops at the first that fits, instead of counting the suppliers of every organization.
// No parameters.
OPTIONAL CALL () {
  MATCH (c:Organization)
  WHERE c.id IS NOT NULL AND COUNT { (c)<-[:SUPPLIES]-() } > 0 AND COUNT { (c)<-[:SUPPLIES]-() } <= 20
  RETURN c.id AS customer
  ORDER BY c.id
  LIMIT 1
}
OPTIONAL CALL () {
  MATCH (s:Organization)
  WHERE s.id IS NOT NULL AND COUNT { (s)-[:SUPPLIES]->() } > 0 AND COUNT { (s)-[:SUPPLIES]->() } <= 20
  RETURN s.id AS supplier
  ORDER BY s.id
  LIMIT 1
}
OPTIONAL CALL () {
  MATCH (h:HsCode {level: 6})
  WITH h, COUNT { (h)<-[:CLASSIFIED_AS]-() } AS products
  WHERE products > 0
  RETURN h.code AS hsCode
  ORDER BY products, h.code
  LIMIT 1
}
RETURN customer, supplier, hsCode
