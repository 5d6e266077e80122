// Range indexes for the filters of firms(filter:) and the analytic queries, so that a query
// naming a value starts from an index seek, not a label scan, at the size of the full pyramid.
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX organization_country IF NOT EXISTS FOR (n:Organization) ON (n.country);
CREATE INDEX organization_province IF NOT EXISTS FOR (n:Organization) ON (n.provinceCode);
CREATE INDEX organization_confidence IF NOT EXISTS FOR (n:Organization) ON (n.confidence);
CREATE INDEX organization_uscc IF NOT EXISTS FOR (n:Organization) ON (n.uscc);
CREATE INDEX certification_tier_level IF NOT EXISTS FOR (n:Certification) ON (n.tier, n.level);
// The firm list's tier filter starts from its tier's certifications: a composite index serves
// only predicates on all its properties, so the tier alone has its own.
CREATE INDEX certification_tier IF NOT EXISTS FOR (n:Certification) ON (n.tier);
CREATE INDEX certification_batch IF NOT EXISTS FOR (n:Certification) ON (n.batch);
CREATE INDEX certification_valid_until IF NOT EXISTS FOR (n:Certification) ON (n.validUntil);
// A level or a proposed title without a tier: national titles are about 1 in 100 of a full
// pyramid's, titles in publicity fewer still, and without these the firm list read every title
// (at 1.1 million firms 6.4 s for the national ones, 3.1 s for the proposed).
CREATE INDEX certification_level IF NOT EXISTS FOR (n:Certification) ON (n.level);
CREATE INDEX certification_stage IF NOT EXISTS FOR (n:Certification) ON (n.stage);
// A title without an end of validity (status UNKNOWN): a range index holds no missing value, so
// each such title carries a mark, unknownValidity: true (kept by UnknownValidity.java); without
// it the firm list read every title (3.0 s at 1.1 million firms, for 10 firms).
CREATE INDEX certification_unknown_validity IF NOT EXISTS FOR (n:Certification) ON (n.unknownValidity);
CREATE INDEX hs_code_level IF NOT EXISTS FOR (n:HsCode) ON (n.level);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX trade_flow_year IF NOT EXISTS FOR (n:TradeFlow) ON (n.year);
// The firm list's name filter: a text index serves CONTAINS on every name and alias of an
// organization, lower-cased, one a line (nameText, kept by SearchTexts.java). It replaces the
// text indexes on name and nameZh, which no query could use: the filter lower-cased the names
// it tested, and the five tests of one OR cannot all seek an index.
DROP INDEX organization_name_text IF EXISTS;
DROP INDEX organization_name_zh_text IF EXISTS;
CREATE TEXT INDEX organization_name_lower_text IF NOT EXISTS FOR (n:Organization) ON (n.nameText);
// Full-text search over every name, alias and the pinyin of Chinese names (pinyinText, kept
// by SearchTexts.java with every import batch). The CJK analyzer indexes Chinese as
// overlapping character pairs and Latin text as lower-cased words. It replaces
// organization_names, which had no pinyin: a full-text index cannot gain a property in place.
DROP INDEX organization_names IF EXISTS;
CREATE FULLTEXT INDEX organization_search IF NOT EXISTS FOR (n:Organization)
ON EACH [n.name, n.nameZh, n.shortNameZh, n.nameEn, n.aliasText, n.pinyinText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
