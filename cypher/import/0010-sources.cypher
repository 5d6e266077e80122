// Source: who says so. Every other fact carries sourceIds that point here.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title, s.url = row.url, s.publisher = row.publisher, s.date = row.date,
    s.retrieved = row.retrieved, s.language = row.language, s.licence = row.licence,
    s.trust = row.trust, s.maxConfidence = coalesce(row.maxConfidence, 'REPORTED'),
    s.synthetic = coalesce(toBoolean(row.synthetic), false), s.note = row.note;
