// Certified firms whose known figures fall below the published selection criteria.
// Definition:
// - firms holding a certification in $tier (with $activeOnly, one not expired on $day);
// - each firm's latest reported figure per metric (REVENUE, RD_INTENSITY, INVENTION_PATENTS,
//   MAIN_BUSINESS_SHARE); a missing figure makes its check UNKNOWN, never PASS;
// - thresholds: the parameter when given, else the programme fact named beside each check:
//   R&D intensity at least $minRdIntensityLarge percent for revenue of CNY 100 m or more and
//   $minRdIntensitySmall for CNY 50-100 m (below CNY 50 m other criteria apply: UNKNOWN);
//   invention patents at least $minInventionPatents; main business at least
//   $minMainBusinessShare percent of revenue; full-year revenue at least $revenueMin (the lower
//   end of the 2018 band) and, only when $revenueMax is given, at most that: firms outgrow the
//   band after selection, which is not falling below the criteria;
// - verdict BELOW when any check fails, UNKNOWN when none fails but one is unknown, else MEETS;
// - certifications and figures whose confidence is in $exclude count as absent (a figure left
//   out makes its check UNKNOWN).
// Asked in two steps, so that no step holds a row per firm of a large tier (sorting and
// collecting every firm's row took about 12.5 KB a firm, past the transaction memory limit for
// the 111,019 specialized SMEs of a 1.1-million-firm pyramid): without $ids, one row per firm
// with its place, `rank` (0 BELOW, 1 UNKNOWN, 2 MEETS), `name` and `id`, streamed to the caller,
// which counts them and keeps the page (BELOW first, then UNKNOWN, then MEETS, each by firm
// name); with $ids (the page's firms, cut from that order), each firm's `row` as well.
// Each firm is met at its first counted certification only (no DISTINCT, which held every firm:
// about 370 bytes a firm).
// Parameters: $tier, $minRdIntensityLarge, $minRdIntensitySmall, $minInventionPatents,
// $minMainBusinessShare, $revenueMin, $revenueMax, $day, $activeOnly, $exclude (confidence names), $ids.
OPTIONAL MATCH (rdLarge:ProgramFact {id: 'fact-2022-little-giant-criteria-r-d-intensity-firms-with-revenue-cny-100-m-2022'})
OPTIONAL MATCH (rdSmall:ProgramFact {id: 'fact-2022-little-giant-criteria-r-d-intensity-firms-with-revenue-cny-50-100-2022'})
OPTIONAL MATCH (ip:ProgramFact {id: 'fact-2022-little-giant-criteria-class-i-ip-related-to-main-product-2022'})
OPTIONAL MATCH (main:ProgramFact {id: 'fact-2022-little-giant-criteria-main-business-share-of-revenue-2022'})
OPTIONAL MATCH (band:ProgramFact {id: 'fact-2018-criteria-previous-year-operating-revenue-range-2018'})
WITH coalesce($minRdIntensityLarge, toFloat(rdLarge.value)) AS rdLargeMin, rdLarge,
     coalesce($minRdIntensitySmall, toFloat(rdSmall.value)) AS rdSmallMin, rdSmall,
     coalesce($minInventionPatents, toFloat(ip.value)) AS patentsMin, ip,
     coalesce($minMainBusinessShare, toFloat(main.value)) AS mainMin, main,
     coalesce($revenueMin, toFloat(split(band.value, '-')[0])) AS revenueMin,
     $revenueMax AS revenueMax, band
// Every title of the tier, or the page's firms' titles by their ids: a test of each title's firm
// against $ids read every title again for a page (2.0 s at 1.1 million innovative SMEs, 6 ms by
// id). The hint keeps the ids' seek where a tier has few titles (the planner then seeks the tier).
CALL () {
  WITH 1 AS every WHERE $ids IS NULL
  MATCH (f:Firm)-[:HOLDS]->(c:Certification {tier: $tier})
  RETURN f, c
  UNION ALL
  UNWIND coalesce($ids, []) AS id
  MATCH (f:Organization {id: id})-[:HOLDS]->(c:Certification {tier: $tier})
  USING INDEX f:Organization(id)
  WHERE f:Firm
  RETURN f, c
}
WITH *
WHERE NOT c.confidence IN $exclude
  AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day)
  // A firm holding this title alone needs no look at its others (at 1.1 million innovative SMEs,
  // 12.6 million db hits instead of 20.5 million).
  AND (COUNT { (f)-[:HOLDS]->() } = 1 OR NOT EXISTS {
    MATCH (f)-[:HOLDS]->(d:Certification {tier: $tier})
    WHERE elementId(d) < elementId(c) AND NOT d.confidence IN $exclude
      AND (NOT $activeOnly OR d.validUntil IS NULL OR d.validUntil >= $day)
  })
// A firm without a reported figure is UNKNOWN whatever the thresholds (each check needs its
// figure), so the stream of every firm's place does not look further at it: three of the
// 1,110,000 firms of a synthetic pyramid report a figure. The page's firms ($ids) get their checks.
OPTIONAL CALL (f, rdLargeMin, rdLarge, rdSmallMin, rdSmall, patentsMin, ip, mainMin, main, revenueMin, revenueMax,
               band) {
  WITH f, rdLargeMin, rdLarge, rdSmallMin, rdSmall, patentsMin, ip, mainMin, main, revenueMin, revenueMax, band
  WHERE $ids IS NOT NULL OR EXISTS { (f)-[:REPORTED]->() }
  CALL (f) {
    OPTIONAL MATCH (f)-[:REPORTED]->(x:Figure) WHERE NOT x.confidence IN $exclude
    WITH x ORDER BY x.period DESC
    WITH collect(x) AS figures
    RETURN [x IN figures WHERE x.metric = 'REVENUE'][0] AS revenue,
           [x IN figures WHERE x.metric = 'REVENUE' AND x.period =~ '\\d{4}'][0] AS annualRevenue,
           [x IN figures WHERE x.metric = 'RD_INTENSITY'][0] AS rd,
           [x IN figures WHERE x.metric = 'INVENTION_PATENTS'][0] AS patents,
           [x IN figures WHERE x.metric = 'MAIN_BUSINESS_SHARE'][0] AS mainShare
  }
  WITH f, revenue, annualRevenue, rd, patents, mainShare, patentsMin, ip, mainMin, main, revenueMin, revenueMax, band,
       CASE WHEN revenue IS NULL THEN null
            WHEN revenue.value >= 100000000 THEN {min: rdLargeMin, fact: rdLarge}
            WHEN revenue.value >= 50000000 THEN {min: rdSmallMin, fact: rdSmall} END AS rdRule
  WITH f, [
    {criterion: 'RD_INTENSITY', threshold: rdRule.min, figure: rd, basis: revenue, factId: rdRule.fact.id,
     status: CASE WHEN rd IS NULL OR rdRule IS NULL OR rdRule.min IS NULL THEN 'UNKNOWN'
                  WHEN rd.value >= rdRule.min THEN 'PASS' ELSE 'FAIL' END},
    {criterion: 'INVENTION_PATENTS', threshold: patentsMin, figure: patents, factId: ip.id,
     status: CASE WHEN patents IS NULL OR patentsMin IS NULL THEN 'UNKNOWN'
                  WHEN patents.value >= patentsMin THEN 'PASS' ELSE 'FAIL' END},
    {criterion: 'MAIN_BUSINESS_SHARE', threshold: mainMin, figure: mainShare, factId: main.id,
     status: CASE WHEN mainShare IS NULL OR mainMin IS NULL THEN 'UNKNOWN'
                  WHEN mainShare.value >= mainMin THEN 'PASS' ELSE 'FAIL' END},
    {criterion: 'REVENUE_BAND', threshold: revenueMin, thresholdMax: revenueMax, figure: annualRevenue, factId: band.id,
     status: CASE WHEN annualRevenue IS NULL OR revenueMin IS NULL THEN 'UNKNOWN'
                  WHEN annualRevenue.value >= revenueMin AND (revenueMax IS NULL OR annualRevenue.value <= revenueMax) THEN 'PASS'
                  ELSE 'FAIL' END}
  ] AS checks
  WITH f, checks, CASE
      WHEN any(k IN checks WHERE k.status = 'FAIL') THEN 'BELOW'
      WHEN any(k IN checks WHERE k.status = 'UNKNOWN') THEN 'UNKNOWN'
      ELSE 'MEETS' END AS verdict
  RETURN checks, verdict
}
WITH f, checks, coalesce(verdict, 'UNKNOWN') AS verdict
RETURN CASE verdict WHEN 'BELOW' THEN 0 WHEN 'UNKNOWN' THEN 1 ELSE 2 END AS rank, f.name AS name, f.id AS id,
       CASE WHEN $ids IS NOT NULL THEN {firm: properties(f), verdict: verdict,
         checks: [k IN checks | k{.*, figure: properties(k.figure), basis: properties(k.basis)}]} END AS row
