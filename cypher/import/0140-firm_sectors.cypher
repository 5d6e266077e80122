UNWIND $rows AS row
MATCH (f:Organization {id: row.firmId}), (s:Sector {id: row.sectorId})
MERGE (f)-[r:IN_SECTOR]->(s)
SET r.notes = row.notes, r.confidence = row.confidence, r.sourceIds = split(row.sourceIds, ';');
