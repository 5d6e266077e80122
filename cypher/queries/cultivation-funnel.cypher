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
  RETURN collect({firm: f.id, batch: c.batch, status: status, confidence: c.confidence}) AS held
}
WITH t, held, [h IN held WHERE h.status = 'ACTIVE'] AS active
ORDER BY t.rank
RETURN t{.*} AS tier,
       size(COLLECT { UNWIND active AS h RETURN DISTINCT h.firm }) AS activeFirms,
       size(COLLECT { UNWIND held AS h WITH h WHERE h.status = 'PROPOSED' RETURN DISTINCT h.firm }) AS proposedFirms,
       size(COLLECT { UNWIND held AS h WITH h WHERE h.status = 'EXPIRED' RETURN DISTINCT h.firm }) AS expiredFirms,
       size(COLLECT { UNWIND held AS h WITH h WHERE h.status = 'UNKNOWN' RETURN DISTINCT h.firm }) AS unknownValidityFirms,
       COLLECT { UNWIND active AS h WITH h.batch AS batch, count(DISTINCT h.firm) AS firms
                 RETURN {batch: batch, firms: firms} ORDER BY batch } AS byBatch,
       COLLECT { MATCH (p:ProgramFact {tier: t.id}) RETURN properties(p) ORDER BY p.batch, p.id } AS publishedCounts,
       size([h IN held WHERE h.status <> 'NOT_YET' AND h.confidence = 'UNVERIFIED']) AS unverifiedFacts,
       size([h IN held WHERE h.status <> 'NOT_YET' AND h.confidence = 'LOW_AUTHORITY']) AS lowAuthorityFacts
