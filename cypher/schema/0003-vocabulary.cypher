// The model's vocabulary: every label, relationship type and property key the queries use,
// declared even where the data has none yet (no bank loans are loaded, so no LENDS_TO). A query
// naming a type the database has never seen makes Neo4j send a "does not exist" notification,
// which the driver logs at WARN on every request; declared, an absent type is simply empty, and a
// notification means a real misspelling. Creating a token writes no node and no relationship.
UNWIND [
  'Authority', 'Bank', 'Certification', 'Country', 'DatasetLoad', 'Exchange', 'Figure', 'Firm',
  'Fund', 'HsCode', 'ImportRun', 'Institution', 'NameKey', 'Organization', 'Product',
  'ProgramFact', 'Region', 'SchemaVersion', 'Sector', 'Source', 'Technology', 'Tier', 'TradeFlow'
] AS label
CALL db.createLabel(label);
UNWIND [
  'CLASSIFIED_AS', 'COLLABORATES_WITH', 'COMPETES_WITH', 'DEVELOPS', 'EXPORTS_TO', 'HOLDS',
  'INVESTS_IN', 'IN_COUNTRY', 'IN_SECTOR', 'ISSUED_BY', 'LENDS_TO', 'LISTED_ON', 'MAKES',
  'MENTORS', 'NAMES', 'OF_TIER', 'PARTNER', 'PART_OF', 'REPORTED', 'REPORTED_BY', 'SELLS_IN',
  'SUPPLIES'
] AS type
CALL db.createRelationshipType(type);
UNWIND [
  'about', 'alpha3', 'amount', 'appliedAt', 'authorityId', 'authorityName', 'awardYear', 'awarded', 'basis',
  'batch', 'board', 'certId', 'certification', 'channel', 'checksum', 'city', 'classification',
  'code', 'completedAt', 'confidence', 'country', 'currency', 'date', 'eu', 'fact', 'figure',
  'file', 'firm', 'firmId', 'flow', 'format', 'founded', 'from', 'fromId', 'fundType',
  'hsCodes', 'id', 'key', 'kind', 'lastRow', 'level', 'loadedAt', 'makers', 'maxConfidence',
  'metric', 'name', 'nameEn', 'nameKey', 'nameText', 'nameZh', 'newId', 'ownership', 'partner', 'period',
  'pinyinOf', 'pinyinText', 'provinceCode', 'provinceEn', 'rank', 'rejected', 'relationship',
  'reporter', 'round', 'shortName', 'shortNameZh', 'since', 'sourceId', 'sourceIds', 'stage',
  'startedAt', 'status', 'synthetic', 'text', 'ticker', 'tier', 'to', 'toId', 'trust', 'type',
  'unit', 'unknownValidity', 'until', 'url', 'uscc', 'validUntil', 'value', 'valueEur', 'verdict', 'year'
] AS key
CALL db.createProperty(key);
