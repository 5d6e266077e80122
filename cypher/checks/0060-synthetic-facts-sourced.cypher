// No synthetic fact without a synthetic source: data made by a generator always says so, and says by what.
// Parameters: $today (unused).
CALL () {
  MATCH (n)
  WHERE n.confidence = 'SYNTHETIC'
    AND NOT EXISTS { MATCH (s:Source {synthetic: true}) WHERE s.id IN coalesce(n.sourceIds, []) }
  RETURN labels(n)[0] + ' ' + coalesce(n.id, n.code) AS violation
  UNION ALL
  MATCH ()-[r]->()
  WHERE r.confidence = 'SYNTHETIC'
    AND NOT EXISTS { MATCH (s:Source {synthetic: true}) WHERE s.id IN coalesce(r.sourceIds, []) }
  RETURN type(r) + ' ' + coalesce(r.id, elementId(r)) AS violation
}
RETURN violation + ': SYNTHETIC without a synthetic source' AS violation
ORDER BY violation
