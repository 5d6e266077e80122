// Every HS code, country, province and city a fact names resolves to its reference node: HS 2022 codes,
// ISO 3166 countries, and the 2023 division codes' provinces and prefecture-level cities (for the four
// municipalities, the municipality itself). Parameters: $today (unused).
CALL () {
  MATCH ()-[r]->()
  WHERE type(r) IN ['SUPPLIES', 'COMPETES_WITH', 'EXPORTS_TO', 'SELLS_IN']
  UNWIND coalesce(r.hsCodes, []) AS code
  WITH r, code WHERE NOT EXISTS { MATCH (:HsCode {code: code}) }
  RETURN type(r) + ' ' + r.id + ': unknown HS code ' + code AS violation
  UNION ALL
  MATCH (o:Organization)
  WHERE o.country IS NOT NULL AND o.country <> '' AND NOT EXISTS { MATCH (:Country {code: o.country}) }
  RETURN 'Organization ' + o.id + ': unknown country ' + o.country AS violation
  UNION ALL
  MATCH (o:Organization)
  WHERE o.provinceCode IS NOT NULL AND o.provinceCode <> ''
    AND NOT EXISTS { MATCH (:Region {code: o.provinceCode, level: 'PROVINCE'}) }
  RETURN 'Organization ' + o.id + ': unknown province code ' + o.provinceCode AS violation
  UNION ALL
  MATCH (o:Organization {country: 'CN'})
  WHERE o.city IS NOT NULL AND o.city <> ''
    AND NOT EXISTS { MATCH (:Region {name: o.city}) }
  RETURN 'Organization ' + o.id + ': city ' + o.city + ' is not a city of the division codes' AS violation
  UNION ALL
  MATCH (t:TradeFlow)
  WHERE NOT EXISTS { MATCH (:Country {code: t.partner}) }
     OR (t.reporter <> 'EU27' AND t.reporter <> 'EU28' AND NOT EXISTS { MATCH (:Country {code: t.reporter}) })
  RETURN 'TradeFlow ' + t.id + ': unknown reporter or partner ' + t.reporter + '/' + t.partner AS violation
  UNION ALL
  MATCH (t:TradeFlow {classification: 'HS'})
  WHERE NOT EXISTS { MATCH (:HsCode {code: t.code}) }
  RETURN 'TradeFlow ' + t.id + ': unknown HS code ' + t.code AS violation
}
RETURN violation
ORDER BY violation
