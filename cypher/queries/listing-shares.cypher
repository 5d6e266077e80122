// Listings per exchange and year, and how many of them were by certified firms (firms with a
// recorded certification in any tier). Year is the first four characters of the listing date.
// Listings and certifications whose confidence is in $exclude count as absent.
// Parameters: $exchangeId (null for all exchanges), $exclude (confidence names).
UNWIND CASE WHEN $exchangeId IS NULL
  THEN COLLECT { MATCH (e:Exchange) RETURN e.id }
  ELSE [$exchangeId] END AS exchangeId
MATCH (e:Organization {id: exchangeId})<-[l:LISTED_ON]-(f:Firm)
WHERE l.date IS NOT NULL AND NOT l.confidence IN $exclude
WITH e, toInteger(left(l.date, 4)) AS year, f,
     // Certified: with no confidence excluded, a count of HOLDS relationships answers
     // without reading each certification (the quality gate's check certifications-held keeps HOLDS for them).
     (($exclude = [] AND COUNT { (f)-[:HOLDS]->() } > 0) OR EXISTS { MATCH (f)-[:HOLDS]->(c:Certification) WHERE NOT c.confidence IN $exclude }) AS certified
RETURN e.id AS exchangeId, e.name AS exchange, year, count(DISTINCT f) AS listings,
       count(DISTINCT CASE WHEN certified THEN f END) AS certifiedListings
ORDER BY exchangeId, year
