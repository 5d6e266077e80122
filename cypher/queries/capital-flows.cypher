// Money that reached certified firms, summed per group and currency (never converted).
// Definition:
// - certified firm: a firm with a recorded certification; its tier for grouping is the highest
//   rank it holds;
// - channels: STATE_BANK_LOAN and COMMERCIAL_BANK_LOAN (LENDS_TO from a bank, by the bank's
//   ownership), GUIDANCE_FUND and VC_PE (INVESTS_IN from a fund, by its fundType),
//   PRIVATE_PLACEMENT (INVESTS_IN whose round says so), CORPORATE (INVESTS_IN from a firm or
//   another organization), IPO (the amount raised on LISTED_ON);
// - only relationships with an amount are summed; year is the first four characters of the
//   relationship's date (or since); exchange is set for IPOs only;
// - a group key not in $groupBy is null, so rows sum over it;
// - unverifiedFacts and lowAuthorityFacts count the flows summed whose confidence is UNVERIFIED or
//   LOW_AUTHORITY, so the answer can say how much of it rests on weak evidence;
// - facts whose confidence is in $exclude (certifications, loans, investments, listings) count
//   as absent.
// Parameters: $groupBy (list of CHANNEL, TIER, YEAR, PROVINCE, EXCHANGE), $exclude (confidence names).
// From the money to the firms, not the other way: few firms of the pyramid have a recorded loan,
// investment or listing. UNION ALL: each branch reads its own type of relationship, so no row
// repeats, and UNION's DISTINCT held every flow (about 60 MB at 238,402 flows).
CALL () {
  MATCH (f:Firm)<-[r:LENDS_TO]-(bank:Organization) WHERE r.amount IS NOT NULL AND NOT r.confidence IN $exclude
  RETURN f, r, CASE WHEN bank.ownership = 'STATE' THEN 'STATE_BANK_LOAN' ELSE 'COMMERCIAL_BANK_LOAN' END AS channel,
         null AS exchange
  UNION ALL
  MATCH (f:Firm)<-[r:INVESTS_IN]-(investor:Organization) WHERE r.amount IS NOT NULL AND NOT r.confidence IN $exclude
  RETURN f, r, CASE
      WHEN toUpper(coalesce(r.round, '')) CONTAINS 'PRIVATE PLACEMENT' THEN 'PRIVATE_PLACEMENT'
      WHEN investor:Fund AND investor.fundType = 'GUIDANCE' THEN 'GUIDANCE_FUND'
      WHEN investor:Fund THEN 'VC_PE'
      ELSE 'CORPORATE' END AS channel, null AS exchange
  UNION ALL
  MATCH (f:Firm)-[r:LISTED_ON]->(e:Organization) WHERE r.amount IS NOT NULL AND NOT r.confidence IN $exclude
  RETURN f, r, 'IPO' AS channel, e.id AS exchange
}
// The firm's highest tier, as a node: looking a tier up by its rank scans the tiers per row.
CALL (f) {
  MATCH (f)-[:HOLDS]->(c:Certification)-[:OF_TIER]->(t:Tier)
  WHERE NOT c.confidence IN $exclude
  RETURN t AS top ORDER BY t.rank DESC LIMIT 1
}
WITH CASE WHEN 'CHANNEL' IN $groupBy THEN channel END AS channel,
     CASE WHEN 'TIER' IN $groupBy THEN top.id END AS tier,
     CASE WHEN 'YEAR' IN $groupBy THEN toInteger(left(coalesce(r.date, r.since), 4)) END AS year,
     CASE WHEN 'PROVINCE' IN $groupBy THEN f.provinceEn END AS province,
     CASE WHEN 'EXCHANGE' IN $groupBy THEN exchange END AS exchange,
     r.currency AS currency, r.amount AS amount, f, r.confidence AS confidence
RETURN channel, tier, year, province, exchange, currency, sum(amount) AS amount, count(*) AS flows,
       count(DISTINCT f) AS firms, count(CASE confidence WHEN 'UNVERIFIED' THEN 1 END) AS unverifiedFacts,
       count(CASE confidence WHEN 'LOW_AUTHORITY' THEN 1 END) AS lowAuthorityFacts
ORDER BY channel, tier, year, province, exchange, currency
