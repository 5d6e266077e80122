// Published programme facts: batch sizes, totals, targets, criteria, listing shares.
UNWIND $rows AS row
MERGE (f:ProgramFact {id: row.id})
SET f.fact = row.fact, f.value = row.value, f.unit = row.unit, f.year = toInteger(row.year), f.tier = row.tier,
    f.batch = toInteger(row.batch), f.notes = row.notes, f.confidence = row.confidence,
    f.sourceIds = split(row.sourceIds, ';');
