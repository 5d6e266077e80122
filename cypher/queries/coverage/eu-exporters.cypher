// How much the graph knows about the EU exporters the exposure question ranks. Definition:
// - EU exporters: firms headquartered in an EU-27 country ($country narrows to one);
// - withHsCodes: those with an HS-coded product (MAKES) or product line sold in China (SELLS_IN);
// - withChineseCustomers: those supplying a Chinese firm;
// - rivalsUncertified: competition relationships between such an exporter and a Chinese firm
//   holding no recorded certification (with $activeOnly, none unexpired on $day): the question
//   leaves them out of documentedRivals.
// Facts whose confidence is in $exclude count as absent.
// Parameters: $country, $exclude, $activeOnly, $day.
MATCH (country:Country)<-[:IN_COUNTRY]-(e:Firm)
WHERE country.eu AND ($country IS NULL OR country.code = $country)
RETURN count(e) AS euExporters,
       count(CASE WHEN EXISTS { MATCH (e)-[:MAKES]->(p:Product)-[k:CLASSIFIED_AS]->(:HsCode)
                                WHERE NOT p.confidence IN $exclude AND NOT k.confidence IN $exclude }
                    OR EXISTS { MATCH (e)-[s:SELLS_IN]->(:Country {code: 'CN'})
                                WHERE size(s.hsCodes) > 0 AND NOT s.confidence IN $exclude } THEN 1 END) AS withHsCodes,
       count(CASE WHEN EXISTS { MATCH (e)-[s:SUPPLIES]->(:Firm {country: 'CN'}) WHERE NOT s.confidence IN $exclude }
                  THEN 1 END) AS withChineseCustomers,
       sum(COUNT { MATCH (e)-[r:COMPETES_WITH]-(m:Firm {country: 'CN'})
                   WHERE NOT r.confidence IN $exclude
                     AND NOT EXISTS { MATCH (m)-[:HOLDS]->(c:Certification)
                                      WHERE NOT c.confidence IN $exclude
                                        AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) } })
         AS rivalsUncertified
