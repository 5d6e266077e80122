// The cultivation funnel counted from the tally of its certifications
// (cultivation-funnel-tally.cypher, taken for the same $sector): the definition and the answer
// of cultivation-funnel.cypher, without reading the certifications again.
// Parameters: $tally (the tally's rows), $asOf (date), $level, $provinceCode, $exclude.
MATCH (t:Tier)
CALL (t) {
  UNWIND $tally AS g
  WITH g WHERE g.tier = t.id AND ($level IS NULL OR g.level = $level) AND NOT g.confidence IN $exclude
    AND ($provinceCode IS NULL OR g.provinceCode = $provinceCode)
  WITH g, CASE
      WHEN g.validFrom IS NOT NULL AND g.validFrom > $asOf THEN 'NOT_YET'
      WHEN g.stage = 'PUBLICITY' THEN 'PROPOSED'
      WHEN g.validUntil IS NULL OR g.validFrom IS NULL THEN 'UNKNOWN'
      WHEN g.validUntil < $asOf THEN 'EXPIRED'
      ELSE 'ACTIVE' END AS status
  WHERE status <> 'NOT_YET'
  // A row without a firm is as many firms as certifications, each holding one; a firm with
  // rows of its own counts once per status (and once per batch when active).
  WITH status = 'ACTIVE' AS active, CASE status WHEN 'ACTIVE' THEN g.batch END AS batch,
       sum(CASE WHEN status = 'ACTIVE' AND g.firm IS NULL THEN g.certifications ELSE 0 END) AS activeSingles,
       collect(DISTINCT CASE status WHEN 'ACTIVE' THEN g.firm END) AS activeOthers,
       sum(CASE WHEN status = 'PROPOSED' AND g.firm IS NULL THEN g.certifications ELSE 0 END)
         + count(DISTINCT CASE status WHEN 'PROPOSED' THEN g.firm END) AS proposed,
       sum(CASE WHEN status = 'EXPIRED' AND g.firm IS NULL THEN g.certifications ELSE 0 END)
         + count(DISTINCT CASE status WHEN 'EXPIRED' THEN g.firm END) AS expired,
       sum(CASE WHEN status = 'UNKNOWN' AND g.firm IS NULL THEN g.certifications ELSE 0 END)
         + count(DISTINCT CASE status WHEN 'UNKNOWN' THEN g.firm END) AS unknown,
       sum(CASE g.confidence WHEN 'UNVERIFIED' THEN g.certifications ELSE 0 END) AS unverified,
       sum(CASE g.confidence WHEN 'LOW_AUTHORITY' THEN g.certifications ELSE 0 END) AS lowAuthority
  WITH collect(CASE WHEN active THEN {batch: batch, firms: activeSingles + size(activeOthers)} END) AS byBatch,
       sum(activeSingles) AS activeSingles, collect(activeOthers) AS activeLists, sum(proposed) AS proposedFirms,
       sum(expired) AS expiredFirms, sum(unknown) AS unknownValidityFirms, sum(unverified) AS unverifiedFacts,
       sum(lowAuthority) AS lowAuthorityFacts
  CALL (activeLists) {
    UNWIND activeLists AS firms
    UNWIND firms AS firm
    RETURN count(DISTINCT firm) AS activeOthers
  }
  RETURN activeSingles + activeOthers AS activeFirms, proposedFirms, expiredFirms, unknownValidityFirms,
         unverifiedFacts, lowAuthorityFacts, byBatch
}
WITH t, activeFirms, proposedFirms, expiredFirms, unknownValidityFirms, unverifiedFacts, lowAuthorityFacts, byBatch
ORDER BY t.rank
RETURN t{.*} AS tier, activeFirms, proposedFirms, expiredFirms, unknownValidityFirms,
       COLLECT { UNWIND byBatch AS b RETURN b ORDER BY b.batch } AS byBatch,
       COLLECT { MATCH (p:ProgramFact {tier: t.id}) RETURN properties(p) ORDER BY p.batch, p.id } AS publishedCounts,
       unverifiedFacts, lowAuthorityFacts
