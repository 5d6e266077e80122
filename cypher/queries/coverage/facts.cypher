// The facts of each kind the analytic questions read, over the whole graph, counted per
// confidence: the coverage reports those an excludeConfidence filter left out, and kinds that
// rest mostly on INFERRED facts. Kinds: relationship types, and the node facts PRODUCT (a firm makes
// a product), HS_CLASSIFICATION (a product's HS code), CERTIFICATION, FIGURE and TRADE_FLOW.
// Parameters: none.
CALL () {
  MATCH ()-[r:SUPPLIES|SELLS_IN|COMPETES_WITH|LENDS_TO|INVESTS_IN|LISTED_ON|MENTORS|COLLABORATES_WITH]->()
  RETURN type(r) AS kind, r.confidence AS confidence
  UNION ALL
  MATCH (:Product)-[k:CLASSIFIED_AS]->(:HsCode) RETURN 'HS_CLASSIFICATION' AS kind, k.confidence AS confidence
  UNION ALL
  MATCH (p:Product) RETURN 'PRODUCT' AS kind, p.confidence AS confidence
  UNION ALL
  MATCH (c:Certification) RETURN 'CERTIFICATION' AS kind, c.confidence AS confidence
  UNION ALL
  MATCH (x:Figure) RETURN 'FIGURE' AS kind, x.confidence AS confidence
  UNION ALL
  MATCH (t:TradeFlow) RETURN 'TRADE_FLOW' AS kind, t.confidence AS confidence
}
WITH kind, confidence, count(*) AS facts
WITH kind, collect({confidence: confidence, facts: facts}) AS byConfidence
RETURN kind, byConfidence
ORDER BY kind
