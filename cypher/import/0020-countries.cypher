UNWIND $rows AS row
MERGE (c:Country {code: row.code})
SET c.alpha3 = row.alpha3, c.name = row.name, c.nameZh = row.nameZh, c.region = row.region,
    c.subRegion = row.subRegion, c.eu = toBoolean(row.eu), c.sourceIds = split(row.sourceIds, ';');
