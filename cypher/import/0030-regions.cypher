UNWIND $rows AS row
MERGE (r:Region {code: row.code})
SET r.name = row.name, r.nameEn = row.nameEn, r.shortName = row.shortName, r.level = row.level,
    r.sourceIds = split(row.sourceIds, ';')
WITH r, row
MATCH (cn:Country {code: 'CN'})
MERGE (r)-[:IN_COUNTRY]->(cn);
UNWIND $rows AS row
WITH row WHERE row.parent IS NOT NULL
MATCH (r:Region {code: row.code}), (p:Region {code: row.parent})
MERGE (r)-[:PART_OF]->(p);
