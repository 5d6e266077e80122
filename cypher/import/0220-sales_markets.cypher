// Product lines a (foreign) firm sells in a country, imported or made there, where no customer is named.
UNWIND $rows AS row
MATCH (a:Organization {id: row.firmId}), (c:Country {code: row.country})
MERGE (a)-[r:SELLS_IN {id: row.id}]->(c)
SET r += {product: row.product, hsCodes: split(row.hsCodes, ';'), notes: row.notes,
          confidence: row.confidence, sourceIds: split(row.sourceIds, ';')};
