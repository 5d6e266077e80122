// The certifications of the cultivation funnel, tallied, so that the funnel on any day, for any
// level, province and excluded confidences is counted from a few hundred rows
// (cultivation-funnel-from-tally.cypher) instead of reading a million certifications again.
// One row per tier, province of the firm and kind of certification (batch, level, confidence,
// stage, start and end of validity), with the number of such certifications. A firm holding
// more than one certification of a tier has rows of its own, named by `firm`, so that it is
// counted once however many it holds; in the other rows each certification is a firm.
// $sector narrows the firms as the funnel does; at most $limit rows are returned.
// Parameters: $sector, $limit.
CALL () {
  // Without a sector: each tier's certifications, from the Certification(tier) index (in a
  // subquery per tier: as one pattern, the planner scanned the firms and joined on the tier).
  MATCH (t:Tier) WHERE $sector IS NULL
  CALL (t) {
    MATCH (f:Firm)-[:HOLDS]->(c:Certification {tier: t.id})
    RETURN f, c
  }
  RETURN f, c
  UNION ALL
  // With one: its firms and those of its directions, each once, then their certifications
  // (four times faster than testing each certification's firm for the sector).
  MATCH (:Sector {id: $sector})<-[:PART_OF*0..1]-(:Sector)<-[:IN_SECTOR]-(f:Firm)
  WITH DISTINCT f
  MATCH (f)-[:HOLDS]->(c:Certification)
  RETURN f, c
}
// A firm's degree is on its record; its certifications are read only when it has several.
WITH f, c, CASE WHEN COUNT { (f)-[:HOLDS]->() } > 1
    THEN COUNT { (f)-[:HOLDS]->(:Certification {tier: c.tier}) } ELSE 1 END AS held
RETURN c.tier AS tier, f.provinceCode AS provinceCode, CASE WHEN held > 1 THEN f.id END AS firm,
       c.batch AS batch, c.level AS level, c.confidence AS confidence, c.stage AS stage,
       coalesce(c.awarded, CASE WHEN c.awardYear IS NOT NULL THEN date({year: c.awardYear}) END) AS validFrom,
       c.validUntil AS validUntil, count(*) AS certifications
LIMIT $limit
