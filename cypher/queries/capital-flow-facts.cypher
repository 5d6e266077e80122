// The flows summed in one group of capital-flows.cypher, so that a reader can check the sum by
// hand: each relationship with the certified firm it reached and its channel, by the definitions
// of capital-flows.cypher (kept in step with it). A key in $groupBy must equal the group's value
// (null included: a flow without a date is in the group of year null); keys not grouped by are
// free. Certifications and flows whose confidence is in $exclude are left out. Ordered by
// relationship id; a page starts after the id $after and holds at most $limit flows.
// Parameters: $groupBy, $channel, $tier, $year, $province, $exchange, $currency, $exclude, $after,
// $limit.
// From the money to the firms, not the other way: few firms of the pyramid have a recorded loan,
// investment or listing. Each kind of money is read only when the group's channel and exchange
// can be among its own (at 1.1 million firms, 221,807 of the 238,402 flows are loans, which a
// group of investments need not read), and a group of one kind of loan only its banks' loans.
// UNION ALL: each branch reads its own type of relationship, so no row repeats, and UNION's
// DISTINCT held every flow read (131 MB of the transaction's memory for a group of loans).
CALL () {
  WITH 1 AS loans
  WHERE (NOT 'CHANNEL' IN $groupBy OR $channel IN ['STATE_BANK_LOAN', 'COMMERCIAL_BANK_LOAN'])
    AND (NOT 'EXCHANGE' IN $groupBy OR $exchange IS NULL)
  MATCH (f:Firm)<-[r:LENDS_TO]-(bank:Organization) WHERE r.amount IS NOT NULL AND NOT r.confidence IN $exclude
    AND (NOT 'CHANNEL' IN $groupBy OR coalesce(bank.ownership = 'STATE', false) = ($channel = 'STATE_BANK_LOAN'))
  RETURN f, r, bank AS counterpart, CASE WHEN bank.ownership = 'STATE' THEN 'STATE_BANK_LOAN' ELSE 'COMMERCIAL_BANK_LOAN' END AS channel,
         null AS exchange, 'INCOMING' AS direction
  UNION ALL
  WITH 1 AS investments
  WHERE (NOT 'CHANNEL' IN $groupBy OR $channel IN ['PRIVATE_PLACEMENT', 'GUIDANCE_FUND', 'VC_PE', 'CORPORATE'])
    AND (NOT 'EXCHANGE' IN $groupBy OR $exchange IS NULL)
  MATCH (f:Firm)<-[r:INVESTS_IN]-(investor:Organization) WHERE r.amount IS NOT NULL AND NOT r.confidence IN $exclude
  RETURN f, r, investor AS counterpart, CASE
      WHEN toUpper(coalesce(r.round, '')) CONTAINS 'PRIVATE PLACEMENT' THEN 'PRIVATE_PLACEMENT'
      WHEN investor:Fund AND investor.fundType = 'GUIDANCE' THEN 'GUIDANCE_FUND'
      WHEN investor:Fund THEN 'VC_PE'
      ELSE 'CORPORATE' END AS channel, null AS exchange, 'INCOMING' AS direction
  UNION ALL
  WITH 1 AS listings
  WHERE NOT 'CHANNEL' IN $groupBy OR $channel = 'IPO'
  MATCH (f:Firm)-[r:LISTED_ON]->(e:Organization) WHERE r.amount IS NOT NULL AND NOT r.confidence IN $exclude
  RETURN f, r, e AS counterpart, 'IPO' AS channel, e.id AS exchange, 'OUTGOING' AS direction
}
// The firm's highest tier, as a node: looking a tier up by its rank scans the tiers per row.
CALL (f) {
  MATCH (f)-[:HOLDS]->(c:Certification)-[:OF_TIER]->(t:Tier)
  WHERE NOT c.confidence IN $exclude
  RETURN t AS top ORDER BY t.rank DESC LIMIT 1
}
WITH f, r, counterpart, channel, direction, {
       CHANNEL: channel, TIER: top.id, YEAR: toInteger(left(coalesce(r.date, r.since), 4)), PROVINCE: f.provinceEn,
       EXCHANGE: exchange } AS keys,
     {CHANNEL: $channel, TIER: $tier, YEAR: $year, PROVINCE: $province, EXCHANGE: $exchange} AS wanted
WHERE all(k IN $groupBy WHERE (keys[k] IS NULL AND wanted[k] IS NULL) OR keys[k] = wanted[k])
  AND ((r.currency IS NULL AND $currency IS NULL) OR r.currency = $currency)
  AND ($after IS NULL OR r.id > $after)
// Only the page is sorted and kept (the group's size is its count of flows): sorting and
// collecting every flow of a group exceeded the transaction memory limit at 1.1 million firms
// (238,402 flows; 1.7 KB a row in the sort).
WITH f, r, counterpart, channel, direction ORDER BY r.id LIMIT $limit
RETURN properties(f) AS firm, channel, direction, r{.*, type: type(r)} AS relationship,
       properties(counterpart) AS counterpart
