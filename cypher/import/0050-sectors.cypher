// Made in China 2025: ten sectors and their directions (kind DIRECTION, PART_OF a sector).
UNWIND $rows AS row
MERGE (s:Sector {id: row.id})
SET s.kind = row.kind, s.code = row.code, s.name = row.name, s.nameZh = row.nameZh,
    s.confidence = row.confidence, s.sourceIds = split(row.sourceIds, ';');
UNWIND $rows AS row
WITH row WHERE row.parent IS NOT NULL
MATCH (s:Sector {id: row.id}), (p:Sector {id: row.parent})
MERGE (s)-[:PART_OF]->(p);
