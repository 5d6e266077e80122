UNWIND $rows AS row
MATCH (f:Organization {id: row.firmId}), (t:Technology {id: row.technologyId})
MERGE (f)-[r:DEVELOPS]->(t)
SET r.notes = row.notes, r.confidence = row.confidence, r.sourceIds = split(row.sourceIds, ';');
