// The cultivation pyramid on a day: per tier, the firms whose certification is active on $asOf,
// beside the tier's target size and the counts published for it. Definition:
// - a certification starts on its award date (1 January of the award year when only the year
//   is known) and is active from then through validUntil; entries only in a publicity list are
//   counted as proposed, certifications without dates as of unknown validity, neither as active;
// - a firm counts once per tier (and once per batch within it) whatever number of
//   certifications it holds there; $level, $provinceCode and $sector narrow the firms counted;
// - certifications whose confidence is in $exclude are left out;
// - published counts: the programme facts about the tier (batch sizes, totals), as published;
// - unverifiedFacts and lowAuthorityFacts count the certifications counted whose confidence is
//   UNVERIFIED or LOW_AUTHORITY.
// Parameters: $asOf (date), $level, $provinceCode, $sector, $exclude (confidence names).
MATCH (t:Tier)
// One pass over the tier's certifications, counted as they stream by, never held as rows
// (the base of the pyramid is a million certifications). Grouped by batch for the active
// ones; a firm active in two batches of the tier counts once in activeFirms.
CALL (t) {
  MATCH (f:Firm)-[:HOLDS]->(c:Certification {tier: t.id})
  WHERE ($level IS NULL OR c.level = $level) AND NOT c.confidence IN $exclude
    AND ($provinceCode IS NULL OR f.provinceCode = $provinceCode)
    AND ($sector IS NULL OR EXISTS { (f)-[:IN_SECTOR]->(:Sector)-[:PART_OF*0..1]->(:Sector {id: $sector}) })
  WITH f, c, coalesce(c.awarded, CASE WHEN c.awardYear IS NOT NULL THEN date({year: c.awardYear}) END) AS validFrom
  WITH f, c, CASE
      WHEN validFrom IS NOT NULL AND validFrom > $asOf THEN 'NOT_YET'
      WHEN c.stage = 'PUBLICITY' THEN 'PROPOSED'
      WHEN c.validUntil IS NULL OR validFrom IS NULL THEN 'UNKNOWN'
      WHEN c.validUntil < $asOf THEN 'EXPIRED'
      ELSE 'ACTIVE' END AS status
  WHERE status <> 'NOT_YET'
  WITH status = 'ACTIVE' AS active, CASE status WHEN 'ACTIVE' THEN c.batch END AS batch,
       collect(DISTINCT CASE status WHEN 'ACTIVE' THEN f END) AS activeInBatch,
       count(DISTINCT CASE status WHEN 'PROPOSED' THEN f END) AS proposed,
       count(DISTINCT CASE status WHEN 'EXPIRED' THEN f END) AS expired,
       count(DISTINCT CASE status WHEN 'UNKNOWN' THEN f END) AS unknown,
       count(CASE c.confidence WHEN 'UNVERIFIED' THEN c END) AS unverified,
       count(CASE c.confidence WHEN 'LOW_AUTHORITY' THEN c END) AS lowAuthority
  WITH collect(CASE WHEN active THEN {batch: batch, firms: size(activeInBatch)} END) AS byBatch,
       collect(activeInBatch) AS activeLists, sum(proposed) AS proposedFirms, sum(expired) AS expiredFirms,
       sum(unknown) AS unknownValidityFirms, sum(unverified) AS unverifiedFacts, sum(lowAuthority) AS lowAuthorityFacts
  CALL (activeLists) {
    UNWIND activeLists AS firms
    UNWIND firms AS f
    RETURN count(DISTINCT f) AS activeFirms
  }
  RETURN activeFirms, proposedFirms, expiredFirms, unknownValidityFirms, unverifiedFacts, lowAuthorityFacts, byBatch
}
WITH t, activeFirms, proposedFirms, expiredFirms, unknownValidityFirms, unverifiedFacts, lowAuthorityFacts, byBatch
ORDER BY t.rank
RETURN t{.*} AS tier, activeFirms, proposedFirms, expiredFirms, unknownValidityFirms,
       COLLECT { UNWIND byBatch AS b RETURN b ORDER BY b.batch } AS byBatch,
       COLLECT { MATCH (p:ProgramFact {tier: t.id}) RETURN properties(p) ORDER BY p.batch, p.id } AS publishedCounts,
       unverifiedFacts, lowAuthorityFacts
