// Figures a firm reported (revenue, R&D intensity, invention patents, ...), one node per metric and period.
UNWIND $rows AS row
MATCH (f:Organization {id: row.firmId})
MERGE (x:Figure {id: row.id})
SET x.metric = row.metric, x.period = row.period, x.value = toFloat(row.value), x.unit = row.unit,
    x.notes = row.notes, x.confidence = row.confidence, x.sourceIds = split(row.sourceIds, ';')
MERGE (f)-[:REPORTED]->(x);
