// Every claim the MERICS report "Accelerator state" (2023) makes about a named firm, and its EU export figures,
// are in the graph and cite the report, and nothing else cites it. Only the report's key findings could be read
// (shared data merics-summary.txt); the list below is that text, claim by claim.
// Parameters: $today (unused).
WITH [
  // Hubei Kait: a Little Giant that raised CNY 133 m in its Beijing IPO; BYD and Volkswagen are customers.
  {kind: 'CERT', firm: 'cn-hubei-kait'},
  {kind: 'LISTED_ON', from: 'cn-hubei-kait', to: 'exch-bse', amount: 133000000.0},
  {kind: 'SUPPLIES', from: 'cn-hubei-kait', to: 'cn-byd'},
  {kind: 'SUPPLIES', from: 'cn-hubei-kait', to: 'de-volkswagen'},
  // Guizhou Anda: a Little Giant supplying CATL, BYD and CALB; listed in Beijing in March 2023, CNY 650 m.
  {kind: 'CERT', firm: 'cn-guizhou-anda'},
  {kind: 'LISTED_ON', from: 'cn-guizhou-anda', to: 'exch-bse', amount: 650000000.0},
  {kind: 'SUPPLIES', from: 'cn-guizhou-anda', to: 'cn-catl'},
  {kind: 'SUPPLIES', from: 'cn-guizhou-anda', to: 'cn-byd'},
  {kind: 'SUPPLIES', from: 'cn-guizhou-anda', to: 'cn-calb'},
  // WeLion: a Little Giant in e-mobility with Nio as customer.
  {kind: 'CERT', firm: 'cn-welion'},
  {kind: 'SUPPLIES', from: 'cn-welion', to: 'cn-nio'},
  // EU exports to China of EUR 230 bn, about 40% of which could be threatened; 40% of 2022 listings;
  // support re-earned after three years.
  {kind: 'FACT', value: '230000000000', unit: 'EUR'},
  {kind: 'FACT', value: '40', unit: 'percent', about: 'threaten'},
  {kind: 'FACT', value: '40', unit: 'percent', about: 'listings'},
  {kind: 'FACT', value: '3', unit: 'years', about: 'review'}
] AS claims
OPTIONAL MATCH (m:Source) WHERE m.url CONTAINS 'merics.org' AND m.url CONTAINS 'accelerator-state'
WITH claims, collect(m.id) AS merics
CALL (claims, merics) {
  // Claims the text makes that the graph lacks, or that do not cite the report.
  UNWIND claims AS claim
  WITH claim, merics WHERE NOT (
       (claim.kind = 'CERT' AND EXISTS {
          MATCH (:Organization {id: claim.firm})-[:HOLDS]->(c:Certification {tier: 'LITTLE_GIANT'})
          WHERE any(id IN c.sourceIds WHERE id IN merics) })
    OR (claim.kind IN ['SUPPLIES', 'LISTED_ON'] AND EXISTS {
          MATCH (:Organization {id: claim.from})-[r]->(:Organization {id: claim.to})
          WHERE type(r) = claim.kind AND any(id IN r.sourceIds WHERE id IN merics)
            AND (claim.amount IS NULL OR r.amount = claim.amount) })
    OR (claim.kind = 'FACT' AND EXISTS {
          MATCH (f:ProgramFact {value: claim.value, unit: claim.unit})
          WHERE any(id IN f.sourceIds WHERE id IN merics)
            AND (claim.about IS NULL OR toLower(f.fact) CONTAINS claim.about) }))
  RETURN 'missing or not attributed to MERICS: ' + claim.kind + ' '
         + coalesce(claim.firm, claim.from + ' -> ' + claim.to, claim.value + ' ' + claim.unit) AS violation
  UNION ALL
  // Facts that cite the report but are not among its claims (tier targets are stated there too).
  MATCH (c:Certification) WHERE any(id IN c.sourceIds WHERE id IN merics)
  MATCH (o:Organization)-[:HOLDS]->(c)
  WITH o, c, claims WHERE NOT any(claim IN claims WHERE claim.kind = 'CERT' AND claim.firm = o.id)
  RETURN 'cites MERICS, which does not say it: Certification ' + c.id + ' of ' + o.id AS violation
  UNION ALL
  MATCH (a:Organization)-[r]->(b:Organization) WHERE any(id IN r.sourceIds WHERE id IN merics)
  WITH a, r, b, claims
  WHERE NOT any(claim IN claims WHERE claim.kind = type(r) AND claim.from = a.id AND claim.to = b.id)
  RETURN 'cites MERICS, which does not say it: ' + type(r) + ' ' + r.id AS violation
  UNION ALL
  MATCH (n) WHERE NOT n:Certification AND NOT n:Tier AND NOT n:ProgramFact AND NOT n:Source
    AND any(id IN coalesce(n.sourceIds, []) WHERE id IN merics)
  RETURN 'cites MERICS, which does not say it: ' + labels(n)[0] + ' ' + coalesce(n.id, n.code) AS violation
  UNION ALL
  MATCH (f:ProgramFact) WHERE any(id IN f.sourceIds WHERE id IN merics)
  WITH f, claims
  WHERE NOT any(claim IN claims WHERE claim.kind = 'FACT' AND claim.value = f.value AND claim.unit = f.unit
                AND (claim.about IS NULL OR toLower(f.fact) CONTAINS claim.about))
  RETURN 'cites MERICS, which does not say it: ProgramFact ' + f.id AS violation
}
RETURN violation
ORDER BY violation
