// Reified certifications: (Firm)-[:HOLDS]->(Certification)-[:OF_TIER]->(Tier), -[:ISSUED_BY]->(Authority).
// Dates are ISO dates; a *Precision of YEAR says only the year is known (see docs/model.md).
// A title without an end of validity is marked unknownValidity, which an index serves
// (UnknownValidity.java).
UNWIND $rows AS row
MATCH (f:Organization {id: row.firmId}), (t:Tier {id: row.tier})
MERGE (c:Certification {id: row.id})
SET c.tier = row.tier, c.level = row.level, c.batch = toInteger(row.batch), c.awardYear = toInteger(row.awardYear),
    c.awarded = date(row.awarded), c.awardedPrecision = row.awardedPrecision,
    c.validUntil = date(row.validUntil), c.validUntilPrecision = row.validUntilPrecision,
    c.unknownValidity = CASE WHEN row.validUntil IS NULL THEN true END,
    c.stage = row.stage, c.event = row.event, c.reviewYear = toInteger(row.reviewYear),
    c.category = row.category, c.product = row.product, c.confidence = row.confidence,
    c.sourceIds = split(row.sourceIds, ';')
MERGE (f)-[:HOLDS]->(c)
MERGE (c)-[:OF_TIER]->(t)
WITH c, row
MATCH (a:Organization {id: row.authorityId})
MERGE (c)-[:ISSUED_BY]->(a);
