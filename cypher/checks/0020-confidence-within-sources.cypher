// No fact's confidence is better than its sources support: at best the best maxConfidence among its sources
// (REPORTED, then UNVERIFIED, LOW_AUTHORITY, INFERRED, SYNTHETIC). A merge never raises it.
// Parameters: $today (unused).
WITH {REPORTED: 0, UNVERIFIED: 1, LOW_AUTHORITY: 2, INFERRED: 3, SYNTHETIC: 4} AS rank
CALL (rank) {
  MATCH (n)
  WHERE (n:Organization OR n:Certification OR n:Product OR n:Figure OR n:TradeFlow OR n:ProgramFact OR n:Sector)
    AND n.confidence IS NOT NULL AND size(coalesce(n.sourceIds, [])) > 0
  RETURN labels(n)[0] + ' ' + n.id AS fact, n.confidence AS confidence, n.sourceIds AS sourceIds
  UNION ALL
  MATCH ()-[r]->()
  WHERE r.confidence IS NOT NULL AND size(coalesce(r.sourceIds, [])) > 0
  RETURN type(r) + ' ' + coalesce(r.id, elementId(r)) AS fact, r.confidence AS confidence, r.sourceIds AS sourceIds
}
WITH rank, fact, confidence, sourceIds,
     COLLECT { MATCH (s:Source) WHERE s.id IN sourceIds RETURN coalesce(s.maxConfidence, CASE WHEN s.synthetic THEN 'SYNTHETIC' ELSE 'REPORTED' END) } AS ceilings
WITH fact, confidence, rank[confidence] AS claimed,
     reduce(best = 4, c IN ceilings | CASE WHEN rank[c] < best THEN rank[c] ELSE best END) AS supported, ceilings
WHERE size(ceilings) > 0 AND claimed < supported
RETURN fact + ': ' + confidence + ', but its sources support at best '
       + ['REPORTED', 'UNVERIFIED', 'LOW_AUTHORITY', 'INFERRED', 'SYNTHETIC'][supported] AS violation
ORDER BY violation
