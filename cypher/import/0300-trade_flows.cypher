// Country-level trade: reporter -> partner, by product group (SITC or TOTAL) and year, in EUR.
UNWIND $rows AS row
MERGE (t:TradeFlow {id: row.id})
SET t.reporter = row.reporter, t.partner = row.partner, t.flow = row.flow, t.year = toInteger(row.year),
    t.classification = row.classification, t.code = row.code, t.productGroup = row.productGroup,
    t.valueEur = toFloat(row.valueEur), t.sharePct = toFloat(row.sharePct), t.notes = row.notes,
    t.confidence = row.confidence, t.sourceIds = split(row.sourceIds, ';')
WITH t, row
OPTIONAL MATCH (p:Country {code: row.partner})
CALL (t, p) {
  WITH t, p WHERE p IS NOT NULL MERGE (t)-[:PARTNER]->(p)
}
WITH t, row
OPTIONAL MATCH (r:Country {code: row.reporter})
CALL (t, r) {
  WITH t, r WHERE r IS NOT NULL MERGE (t)-[:REPORTED_BY]->(r)
};
