// EU exporters exposed to certified Chinese competitors, ranked by an exposure score.
// Definition:
// - EU exporters: firms headquartered in an EU-27 country ($country narrows to one);
// - the exporter's products: HS subheadings of its products (MAKES) and of the product lines
//   it sells in China (SELLS_IN); $hsCode keeps those under that code, and only the exporters
//   with one;
// - certified makers: Chinese firms with a product classified under the same subheading and a
//   recorded certification (with $activeOnly, one not expired on $day); $sector keeps makers in
//   that sector or direction;
// - sharedChineseCustomers: the exporter's Chinese customers (SUPPLIES) that a certified maker
//   already supplies, each pair once, by customer name, then maker name;
// - documentedRivals: certified Chinese firms a source names as its competitors (COMPETES_WITH),
//   by name;
// - score = wMakers x certified makers + wCustomers x shared Chinese customers
//           + wRivals x documented rivals, the weights the analyst gives; only exporters with a
//           score above 0 are ranked, highest first, then by name;
// - valueAtStake: the exporter's China revenue as published (revenue, not exports), shown,
//   never used in the score;
// - each exposed product lists its first $makersPerCode certified makers by name (and id), and
//   counts them all (makerCount);
// - facts whose confidence is in $exclude (products, HS classifications, product lines,
//   certifications, supply and competition relationships) count as absent.
// Asked in two steps, so that other weights, another page size or another number of makers per
// code do not find every code's makers again (4-5 s at 1.1 million firms): without $ids, one row
// per exporter with a certified maker, a shared customer or a rival: its `id`, `name`, its
// properties (`exporter`) and the score's three counts, which the caller weighs and ranks (this
// step does not depend on the weights, so it is kept for the data as it is); with $ids (the
// page's exporters, cut from that ranking), each exporter's `row` as well, with its explanation
// (the organizations in it by id), which a request that shows no explanation does without.
// Parameters: $country, $sector, $hsCode, $day, $activeOnly, $exclude (confidence names), $ids,
// $makersPerCode.
UNWIND CASE WHEN $country IS NULL
  THEN COLLECT { MATCH (c:Country) WHERE c.eu RETURN c.code }
  ELSE [$country] END AS code
MATCH (:Country {code: code, eu: true})<-[:IN_COUNTRY]-(e:Firm)
WHERE $ids IS NULL OR e.id IN $ids
// An exporter without a product still counts its documented rivals (its code is null, which
// no maker has); with $hsCode it must have a product under that code.
OPTIONAL CALL (e) {
  MATCH (e)-[:MAKES]->(p:Product)-[k:CLASSIFIED_AS]->(h:HsCode)
  WHERE NOT p.confidence IN $exclude AND NOT k.confidence IN $exclude
  RETURN h.code AS productCode
  UNION
  MATCH (e)-[s:SELLS_IN]->(:Country {code: 'CN'}) WHERE NOT s.confidence IN $exclude
  UNWIND s.hsCodes AS productCode RETURN productCode
}
WITH e, productCode WHERE $hsCode IS NULL OR productCode STARTS WITH $hsCode
// A code's certified makers are the same for every exporter: found once per code.
WITH productCode, collect(e) AS exporters
CALL (productCode) {
  MATCH (:HsCode {code: productCode})<-[k:CLASSIFIED_AS]-(p:Product)<-[:MAKES]-(m:Firm {country: 'CN'})
  // Certified: with no confidence excluded and expiry not asked about, a count of HOLDS relationships answers
  // without reading each certification (the quality gate's check certifications-held keeps HOLDS for them).
  WHERE NOT p.confidence IN $exclude AND NOT k.confidence IN $exclude AND (($exclude = [] AND NOT $activeOnly AND COUNT { (m)-[:HOLDS]->() } > 0) OR EXISTS { MATCH (m)-[:HOLDS]->(c:Certification) WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) })
    AND ($sector IS NULL OR EXISTS { (m)-[:IN_SECTOR]->(:Sector)-[:PART_OF*0..1]->(:Sector {id: $sector}) })
  RETURN collect(DISTINCT m) AS makers
}
UNWIND exporters AS e
WITH e, collect({code: productCode, makers: makers}) AS products
WITH e, COLLECT { UNWIND products AS p WITH p WHERE size(p.makers) > 0 RETURN p ORDER BY p.code } AS exposed,
     COLLECT { UNWIND products AS p UNWIND p.makers AS m RETURN DISTINCT m } AS makers
// From each maker to its few customers, not from the customers to their suppliers: a carmaker
// has thousands of suppliers, and many exporters supply it.
CALL (e, makers) {
  WITH e, makers, COLLECT {
    MATCH (e)-[s1:SUPPLIES]->(c:Firm {country: 'CN'}) WHERE NOT s1.confidence IN $exclude RETURN c
  } AS customers
  WHERE size(customers) > 0
  UNWIND makers AS m
  MATCH (m)-[s2:SUPPLIES]->(customer:Firm)
  WHERE customer IN customers AND NOT s2.confidence IN $exclude
  RETURN collect(DISTINCT [customer, m]) AS shared
}
CALL (e) {
  MATCH (e)-[r:COMPETES_WITH]-(m:Firm {country: 'CN'})
  WHERE NOT r.confidence IN $exclude AND (($exclude = [] AND NOT $activeOnly AND COUNT { (m)-[:HOLDS]->() } > 0) OR EXISTS { MATCH (m)-[:HOLDS]->(c:Certification) WHERE NOT c.confidence IN $exclude AND (NOT $activeOnly OR c.validUntil IS NULL OR c.validUntil >= $day) })
  RETURN collect([r, m]) AS rivals
}
WITH e, exposed, makers, shared, rivals, size(makers) AS makerCount, size(shared) AS sharedCount,
     size(rivals) AS rivalCount
WHERE makerCount + sharedCount + rivalCount > 0
// Counted on nodes; the page names the organizations of its explanation by id (the caller reads
// each one's properties once), so that a page's explanation is small enough to keep: at 1.1
// million firms a page of 50 exporters named 5,550 pairs of shared customer and maker.
OPTIONAL CALL (e, exposed, shared, rivals, makerCount) {
  WITH e, exposed, shared, rivals, makerCount WHERE $ids IS NOT NULL
  CALL (exposed) {
    UNWIND exposed AS p
    CALL (p) {
      UNWIND p.makers AS m
      WITH m ORDER BY m.name, m.id LIMIT $makersPerCode
      RETURN collect(m.id) AS firstMakers
    }
    RETURN collect({code: p.code, makerCount: size(p.makers), makers: firstMakers}) AS exposedProducts
  }
  RETURN {exporter: properties(e), certifiedMakers: makerCount, exposedProducts: exposedProducts,
          sharedChineseCustomers: COLLECT {
            UNWIND shared AS pair
            WITH pair[0] AS customer, pair[1] AS maker
            RETURN {customer: customer.id, maker: maker.id}
            ORDER BY customer.name, customer.id, maker.name, maker.id
          },
          documentedRivals: COLLECT {
            UNWIND rivals AS pair
            WITH pair[0] AS r, pair[1] AS m
            RETURN r{.*, type: type(r), rival: m.id} ORDER BY m.name, m.id, r.id
          }} AS row
}
RETURN e.id AS id, e.name AS name, properties(e) AS exporter, makerCount, sharedCount, rivalCount, row
