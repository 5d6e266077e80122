// Listings per exchange and year, and how many of them were by certified firms (firms with a
// recorded certification in any tier). Year is the first four characters of the listing date.
// Parameters: $exchangeId (null for all exchanges).
UNWIND CASE WHEN $exchangeId IS NULL
  THEN COLLECT { MATCH (e:Exchange) RETURN e.id }
  ELSE [$exchangeId] END AS exchangeId
MATCH (e:Organization {id: exchangeId})<-[l:LISTED_ON]-(f:Firm)
WHERE l.date IS NOT NULL
WITH e, toInteger(left(l.date, 4)) AS year, f, EXISTS { (f)-[:HOLDS]->(:Certification) } AS certified
RETURN e.id AS exchangeId, e.name AS exchange, year, count(DISTINCT f) AS listings,
       count(DISTINCT CASE WHEN certified THEN f END) AS certifiedListings
ORDER BY exchangeId, year
