// HS 2022: chapters (2 digits), headings (4) and subheadings (6), each PART_OF its parent.
UNWIND $rows AS row
MERGE (h:HsCode {code: row.code})
SET h.level = toInteger(row.level), h.description = row.description, h.section = row.section,
    h.sectionName = row.sectionName, h.sourceIds = split(row.sourceIds, ';');
UNWIND $rows AS row
WITH row WHERE row.parent IS NOT NULL
MATCH (h:HsCode {code: row.code})
MERGE (p:HsCode {code: row.parent})
MERGE (h)-[:PART_OF]->(p);
