// The supply facts the dependency and gap questions read, in a scope: every SUPPLIES
// relationship into the firms in scope ($customerId, or the firms of $sector or a direction
// below it, or, with neither, every firm), how many name an HS code, and how many of those come
// from a supplier outside China; for the whole graph also the HS-coded product lines foreign
// firms sell in China (SELLS_IN) and the country-level trade flows loaded.
// Facts whose confidence is in $exclude count as absent.
// Parameters: $customerId, $sector, $exclude.
CALL () {
  MATCH (customer:Organization)<-[s:SUPPLIES]-(supplier:Organization)
  WHERE NOT s.confidence IN $exclude
    AND ($customerId IS NULL OR customer.id = $customerId)
    AND ($sector IS NULL OR EXISTS { (customer)-[:IN_SECTOR]->(:Sector)-[:PART_OF*0..1]->(:Sector {id: $sector}) })
  RETURN count(s) AS supplies,
         count(CASE WHEN size(coalesce(s.hsCodes, [])) > 0 THEN 1 END) AS suppliesWithHsCodes,
         count(CASE WHEN customer.country = 'CN' AND supplier.country <> 'CN' THEN 1 END) AS foreignSupplies,
         count(CASE WHEN customer.country = 'CN' AND supplier.country <> 'CN' AND size(coalesce(s.hsCodes, [])) > 0
                    THEN 1 END) AS foreignSuppliesWithHsCodes
}
RETURN supplies, suppliesWithHsCodes, foreignSupplies, foreignSuppliesWithHsCodes,
       COUNT { MATCH (:Firm)-[s:SELLS_IN]->(:Country {code: 'CN'})
               WHERE size(coalesce(s.hsCodes, [])) > 0 AND NOT s.confidence IN $exclude } AS productLinesSoldInChina,
       COUNT { MATCH (t:TradeFlow) WHERE NOT t.confidence IN $exclude } AS tradeFlows
