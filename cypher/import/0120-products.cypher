UNWIND $rows AS row
MATCH (f:Organization {id: row.firmId})
MERGE (p:Product {id: row.id})
SET p.name = row.name, p.confidence = row.confidence, p.sourceIds = split(row.sourceIds, ';')
MERGE (f)-[:MAKES]->(p);
