// Exports to a country where the source names no customer firm.
UNWIND $rows AS row
MATCH (a:Organization {id: row.fromId}), (c:Country {code: row.country})
MERGE (a)-[r:EXPORTS_TO {id: row.id}]->(c)
SET r += {product: row.product, hsCodes: split(row.hsCodes, ';'), since: row.since, notes: row.notes,
          confidence: row.confidence, sourceIds: split(row.sourceIds, ';')};
