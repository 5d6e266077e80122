// The start firms of supplyPaths, each with its number of SUPPLIES edges in the direction asked
// (degree): SupplyPathSearch reads a large first tier by name (supply-paths-by-name.cypher).
// Parameters: $ids, $direction ('UPSTREAM' | 'DOWNSTREAM').
UNWIND $ids AS id
MATCH (a:Organization {id: id})
RETURN a.id AS id,
       CASE $direction WHEN 'UPSTREAM' THEN COUNT { (a)<-[:SUPPLIES]-() } ELSE COUNT { (a)-[:SUPPLIES]->() } END AS degree
