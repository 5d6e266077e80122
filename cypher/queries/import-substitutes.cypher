// Certified Chinese firms that make what a foreign firm makes (or what an HS code names).
// Definition:
// - target codes: $hsCode, or the HS codes of the products of $foreignFirmId (both may be given);
// - a maker is a Chinese firm with a product classified under the same heading as a target code
//   and a recorded certification (with $activeOnly, one not expired on $day);
// - match SUBHEADING: the maker's code equals the target code or lies below it (a heading
//   target matches all its subheadings); match HEADING: same heading, another subheading
//   (weaker, flagged);
// - sharedCustomers: customers supplied by both the maker and the foreign firm;
//   foreignFirmsChineseCustomers: those of them in China (the foreign firm's Chinese customers
//   the maker already supplies);
// - capital: money the maker received, per channel (INVESTMENT, LOAN, IPO) and currency;
// - replaces: the foreign firms (outside China) that make a product of a subheading the maker
//   matched with: whom a buyer of the maker's product would otherwise buy from.
// Facts whose confidence is in $exclude (products, HS classifications, certifications, supply and
// capital relationships) count as absent.
// Rows: makers ranked by match strength, then by shared customers, then by name.
// Parameters: $hsCode, $foreignFirmId, $day (date), $activeOnly, $exclude (confidence names), $limit.
CALL () {
  MATCH (h:HsCode {code: $hsCode}) RETURN h
  UNION
  MATCH (:Organization {id: $foreignFirmId})-[:MAKES]->(p:Product)-[k:CLASSIFIED_AS]->(h:HsCode)
  WHERE NOT p.confidence IN $exclude AND NOT k.confidence IN $exclude
  RETURN h
}
WITH DISTINCT h
OPTIONAL MATCH (h)-[:PART_OF]->(parent:HsCode)
WITH h, CASE WHEN h.level = 6 THEN parent ELSE h END AS heading
MATCH (heading)<-[:PART_OF*0..1]-(x:HsCode)<-[k:CLASSIFIED_AS]-(p:Product)<-[:MAKES]-(m:Firm {country: 'CN'})
WHERE m.id <> coalesce($foreignFirmId, '') AND NOT p.confidence IN $exclude AND NOT k.confidence IN $exclude
WITH m, h, x, CASE WHEN x.code STARTS WITH h.code THEN 'SUBHEADING' ELSE 'HEADING' END AS match
WITH m, collect({target: h.code, code: x.code, match: match}) AS matches
WITH m, matches, CASE WHEN any(t IN matches WHERE t.match = 'SUBHEADING') THEN 'SUBHEADING' ELSE 'HEADING' END AS strength
// Rank first, on what the order needs (a recorded certification, the match, the shared
// customers); the certifications, money and replaced firms are gathered for the page only.
// Certified: with no confidence excluded and expiry not asked about, a count of HOLDS relationships answers
// without reading each certification (the quality gate's check certifications-held keeps HOLDS for them).
WHERE (($exclude = [] AND NOT $activeOnly AND COUNT { (m)-[:HOLDS]->() } > 0) OR EXISTS { MATCH (m)-[:HOLDS]->(c:Certification) WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) })
OPTIONAL MATCH (foreign:Organization {id: $foreignFirmId})
CALL (m, foreign) {
  MATCH (m)-[s1:SUPPLIES]->(customer:Firm)<-[s2:SUPPLIES]-(foreign)
  WHERE NOT s1.confidence IN $exclude AND NOT s2.confidence IN $exclude
  RETURN collect(DISTINCT properties(customer)) AS sharedCustomers
}
WITH m, matches, strength, sharedCustomers
ORDER BY strength DESC, size(sharedCustomers) DESC, m.name
LIMIT $limit
CALL (m) {
  MATCH (m)-[:HOLDS]->(c:Certification) WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day)
  OPTIONAL MATCH (t:Tier {id: c.tier})
  RETURN collect(c{.*, authorityId: [(c)-[:ISSUED_BY]->(a) | a.id][0], tierDetails: t{.*}}) AS certifications
}
CALL (m) {
  MATCH (m)<-[r:INVESTS_IN|LENDS_TO]-(:Organization) WHERE r.amount IS NOT NULL AND NOT r.confidence IN $exclude
  RETURN collect({channel: CASE type(r) WHEN 'INVESTS_IN' THEN 'INVESTMENT' ELSE 'LOAN' END, amount: r.amount, currency: r.currency}) AS received
}
CALL (m) {
  MATCH (m)-[r:LISTED_ON]->(:Organization) WHERE r.amount IS NOT NULL AND NOT r.confidence IN $exclude
  RETURN collect({channel: 'IPO', amount: r.amount, currency: r.currency}) AS raised
}
CALL (m, matches) {
  UNWIND matches AS t
  MATCH (:HsCode {code: t.code})<-[k:CLASSIFIED_AS]-(p:Product)<-[:MAKES]-(f:Firm)
  WHERE f.country <> 'CN' AND NOT p.confidence IN $exclude AND NOT k.confidence IN $exclude
  WITH DISTINCT f ORDER BY f.name, f.id
  RETURN collect(properties(f)) AS replaces
}
WITH m, matches, strength, certifications, sharedCustomers, replaces, received + raised AS money
WITH m, matches, strength, certifications, sharedCustomers, replaces,
     [k IN COLLECT { UNWIND money AS x RETURN DISTINCT {channel: x.channel, currency: x.currency} AS k } |
       {channel: k.channel, currency: k.currency, count: size([x IN money WHERE x.channel = k.channel AND x.currency = k.currency]),
        amount: reduce(t = 0.0, x IN money | t + CASE WHEN x.channel = k.channel AND x.currency = k.currency THEN x.amount ELSE 0.0 END)}] AS capital
ORDER BY strength DESC, size(sharedCustomers) DESC, m.name
RETURN properties(m) AS firm, strength AS match, matches, certifications, sharedCustomers,
       [c IN sharedCustomers WHERE c.country = 'CN'] AS foreignFirmsChineseCustomers, capital, replaces
