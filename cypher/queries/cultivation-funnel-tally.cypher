// The certifications of the cultivation funnel, tallied, so that the funnel on any day, for any
// level, province and excluded confidences is counted from a few hundred rows
// (cultivation-funnel-from-tally.cypher) instead of reading a million certifications again.
// One row per tier, province of the firm and kind of certification (batch, level, confidence,
// stage, start and end of validity), with the number of such certifications. A firm holding
// more than one certification of a tier has rows of its own, named by `firm`, so that it is
// counted once however many it holds; in the other rows each certification is a firm.
// $sector narrows the firms as the funnel does; at most $limit rows are returned.
// Parameters: $sector, $limit.
MATCH (t:Tier)
CALL (t) {
  MATCH (f:Firm)-[:HOLDS]->(c:Certification {tier: t.id})
  WHERE $sector IS NULL OR EXISTS { (f)-[:IN_SECTOR]->(:Sector)-[:PART_OF*0..1]->(:Sector {id: $sector}) }
  // A firm's degree is on its record; its certifications are read only when it has several.
  WITH f, c, CASE WHEN COUNT { (f)-[:HOLDS]->() } > 1
      THEN COUNT { (f)-[:HOLDS]->(:Certification {tier: t.id}) } ELSE 1 END AS held
  RETURN f.provinceCode AS provinceCode, CASE WHEN held > 1 THEN f.id END AS firm, c.batch AS batch,
         c.level AS level, c.confidence AS confidence, c.stage AS stage,
         coalesce(c.awarded, CASE WHEN c.awardYear IS NOT NULL THEN date({year: c.awardYear}) END) AS validFrom,
         c.validUntil AS validUntil, count(*) AS certifications
}
RETURN t.id AS tier, provinceCode, firm, batch, level, confidence, stage, validFrom, validUntil, certifications
LIMIT $limit
