// The firms the programme published per tier and batch (final lists where known, else the
// publicity list), beside the national certifications of that tier and batch the graph holds.
// Parameters: $tier (null for every tier with published batch sizes), $exclude.
MATCH (p:ProgramFact)
WHERE p.tier IS NOT NULL AND p.batch IS NOT NULL AND ($tier IS NULL OR p.tier = $tier)
  AND NOT p.confidence IN $exclude
WITH p.tier AS tier, p.batch AS batch, p ORDER BY p.id ENDS WITH '-final' DESC, p.id
WITH tier, batch, head(collect(p)) AS fact
RETURN tier, batch, toInteger(fact.value) AS published, properties(fact) AS fact,
       COUNT { MATCH (f:Firm)-[:HOLDS]->(c:Certification {tier: tier, level: 'NATIONAL', batch: batch})
               WHERE NOT c.confidence IN $exclude RETURN DISTINCT f } AS loaded
ORDER BY tier, batch
