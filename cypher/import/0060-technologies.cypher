// ASPI critical technologies; leadConfidence says whether the leading country is stated or inferred.
UNWIND $rows AS row
MERGE (t:Technology {id: row.id})
SET t.seq = toInteger(row.seq), t.name = row.name, t.domainId = row.domainId, t.domain = row.domain,
    t.set = row.set, t.leadCountry = row.leadCountry, t.leadConfidence = row.leadConfidence,
    t.leadNote = row.leadNote, t.sourceIds = split(row.sourceIds, ';');
