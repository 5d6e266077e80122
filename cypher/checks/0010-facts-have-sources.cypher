// Every node and relationship that states a fact names at least one source, and every source it names exists.
// Facts: the nodes and relationships the dataset and the importer write with sourceIds; structural links
// (HOLDS, OF_TIER, PART_OF, NAMES, ...) state nothing of their own. Parameters: $today (unused).
CALL () {
  MATCH (n)
  WHERE n:Organization OR n:Certification OR n:Product OR n:Figure OR n:TradeFlow OR n:ProgramFact
     OR n:Tier OR n:Sector OR n:Technology OR n:HsCode OR n:Country OR n:Region
  RETURN labels(n)[0] + ' ' + coalesce(n.id, n.code) AS fact, coalesce(n.sourceIds, []) AS sourceIds
  UNION ALL
  MATCH ()-[r]->()
  WHERE type(r) IN ['SUPPLIES', 'INVESTS_IN', 'LISTED_ON', 'COMPETES_WITH', 'COLLABORATES_WITH', 'MENTORS', 'LENDS_TO',
                    'EXPORTS_TO', 'SELLS_IN', 'CLASSIFIED_AS', 'IN_SECTOR', 'DEVELOPS']
  RETURN type(r) + ' ' + coalesce(r.id, elementId(r)) AS fact, coalesce(r.sourceIds, []) AS sourceIds
}
WITH fact, sourceIds, [id IN sourceIds WHERE NOT EXISTS { MATCH (:Source {id: id}) }] AS missing
WHERE size(sourceIds) = 0 OR size(missing) > 0
RETURN fact + CASE WHEN size(sourceIds) = 0 THEN ': no source'
                   ELSE ': unknown source ' + reduce(s = '', id IN missing | s + CASE s WHEN '' THEN '' ELSE ', ' END + id) END
       AS violation
ORDER BY violation
