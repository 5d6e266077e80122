UNWIND $rows AS row
MERGE (t:Tier {id: row.id})
SET t.rank = toInteger(row.rank), t.name = row.name, t.nameZh = row.nameZh,
    t.targetSize = toInteger(row.targetSize), t.sourceIds = split(row.sourceIds, ';');
