// Organizations share one id space; the kind also becomes a second label (Firm, Exchange, ...).
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o.kind = row.kind, o.name = row.name, o.nameZh = row.nameZh, o.shortNameZh = row.shortNameZh,
    o.nameEn = row.nameEn, o.aliases = split(row.aliases, ';'),
    o.aliasText = replace(row.aliases, ';', ' '),
    o.country = row.country, o.provinceCode = row.provinceCode, o.province = row.province,
    o.provinceEn = row.provinceEn, o.city = row.city, o.district = row.district, o.founded = row.founded, o.ownership = row.ownership,
    o.ownershipNote = row.ownershipNote, o.controller = row.controller, o.size = row.size, o.uscc = row.uscc,
    o.industry = row.industry, o.mainProducts = row.mainProducts,
    o.chinaRevenueValue = toFloat(row.chinaRevenueValue), o.chinaRevenueCurrency = row.chinaRevenueCurrency,
    o.chinaRevenueFiscalYear = row.chinaRevenueFiscalYear,
    o.chinaRevenueSharePct = toFloat(row.chinaRevenueSharePct), o.chinaRevenueScope = row.chinaRevenueScope,
    o.notes = row.notes, o.confidence = row.confidence, o.sourceIds = coalesce(split(row.sourceIds, ';'), [])
WITH o, row
CALL (o, row) {
  WITH o, row WHERE row.kind = 'FIRM' SET o:Firm
}
CALL (o, row) {
  WITH o, row WHERE row.kind = 'EXCHANGE' SET o:Exchange
}
CALL (o, row) {
  WITH o, row WHERE row.kind = 'AUTHORITY' SET o:Authority
}
CALL (o, row) {
  WITH o, row WHERE row.kind IN ['UNIVERSITY', 'RESEARCH_INSTITUTE', 'HOSPITAL'] SET o:Institution
}
CALL (o, row) {
  WITH o, row WHERE row.kind = 'BANK' SET o:Bank
}
CALL (o, row) {
  WITH o, row WHERE row.kind = 'FUND' SET o:Fund
}
WITH o, row
OPTIONAL MATCH (c:Country {code: row.country})
CALL (o, c) {
  WITH o, c WHERE c IS NOT NULL MERGE (o)-[:IN_COUNTRY]->(c)
};
// Name keys: normalised legal, short and English names and aliases, the importer's lookup for
// entity resolution (NameKeys.java computes the same keys). One key can name several
// organizations: such a match is ambiguous and never merged.
UNWIND $rows AS row
WITH row WHERE row.nameKeys IS NOT NULL
MATCH (o:Organization {id: row.id})
UNWIND split(row.nameKeys, ';') AS entry
WITH o, split(entry, '|')[0] AS kind, substring(entry, size(split(entry, '|')[0]) + 1) AS key
MERGE (k:NameKey {key: key})
MERGE (k)-[:NAMES {kind: kind}]->(o);
