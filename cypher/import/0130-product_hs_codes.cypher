// HS classifications of products are best-fit assignments: confidence INFERRED unless stated.
UNWIND $rows AS row
MATCH (p:Product {id: row.productId}), (h:HsCode {code: row.hsCode})
MERGE (p)-[r:CLASSIFIED_AS]->(h)
SET r.confidence = row.confidence, r.sourceIds = split(row.sourceIds, ';');
