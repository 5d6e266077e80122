// The example operations GraphiQL opens with: one per analytic question in docs/queries.md,
// then search and name matching. Each runs as it is on the shipped data.
const KB_EXAMPLES = [
  { name: 'CultivationFunnel', title: 'The cultivation pyramid today, beside targets and published counts',
    query: `{
  cultivationFunnel {
    asOf
    tiers { tier { id name } targetSize activeFirms proposedFirms expiredFirms unknownValidityFirms
      byBatch { batch firms } }
    coverage { caveats { code message } }
  }
}` },
  { name: 'RecertificationDue', title: 'Certifications due for their three-yearly review',
    query: `{
  recertificationDue(from: "2026-01-01", to: "2027-12-31", tier: LITTLE_GIANT, first: 20) {
    items { firm { name nameZh } certification { batch validUntil stage status } }
    truncated
    coverage { counts { name count } }
  }
}` },
  { name: 'CriteriaAudit', title: 'Little Giants whose known figures fall below the criteria',
    query: `{
  criteriaAudit(tier: LITTLE_GIANT, first: 20) {
    below unknown meets
    firms { firm { name } verdict checks { criterion status threshold figure { value period } } }
    coverage { caveats { code message } }
  }
}` },
  { name: 'ImportSubstitutes', title: 'Certified Chinese makers of speed reducers (HS 848340), and whom they replace',
    query: `{
  importSubstitutes(hsCode: "848340") {
    items { firm { name nameZh } match certifications { tier { id } status } replaces { name } }
    warnings { code message }
    coverage { caveats { code message } }
  }
}` },
  { name: 'EuExposure', title: 'EU exporters most exposed to certified Chinese competitors',
    query: `{
  euExposure(first: 10) {
    exporters { exporter { name countryCode } score certifiedMakers
      exposedProducts { hsCode { code } makers { name } }
      documentedRivals { counterpart { name } sources { title } } }
    aggregate { year share computed note }
    coverage { caveats { code message } }
  }
}` },
  { name: 'SupplyPaths', title: 'Certified suppliers within three tiers of Volkswagen',
    query: `{
  supplyPaths(firmId: "de-volkswagen", direction: UPSTREAM, maxDepth: 3, tier: LITTLE_GIANT) {
    items { firm { name } depth hops { supplier { name } link { product confidence sources { title } } } }
    coverage { counts { name count } caveats { code message } }
  }
}` },
  { name: 'SingleSourceDependencies', title: 'Products bought from a single recorded supplier',
    query: `{
  singleSourceDependencies(first: 20) {
    items { customer { name } hsCode { code description } supplier { name countryCode }
      hasCertifiedDomesticAlternative certifiedAlternatives { name } }
    coverage { caveats { code message } }
  }
}` },
  { name: 'SupplyChainGaps', title: 'Products China buys abroad with no certified Chinese maker',
    query: `{
  supplyChainGaps(first: 20) {
    items { hsCode { code description } gap foreignPurchases foreignSuppliers { name } certifiedMakers { name } }
    coverage { counts { name count } caveats { code message } }
  }
}` },
  { name: 'CapitalFlows', title: 'Money that reached certified firms, per channel and year',
    query: `{
  capitalFlows(groupBy: [CHANNEL, YEAR]) {
    groups { channel year currency amount flows firms
      facts(first: 5) { edges { node { firm { name } relationship { amount sources { title } } } } } }
    listingShares { exchange year listings certifiedListings share }
    coverage { caveats { code message } }
  }
}` },
  { name: 'Search', title: 'Search by name, pinyin or with a typo',
    query: `{
  search(text: "Ningde Shidai", first: 5) { score matchedField matchedName organization { id name } }
}` },
  { name: 'Match', title: 'Map a list of names to organizations',
    query: `{
  match(names: ["宁德时代", "CATL", "Volkswagn", "Huiding"]) {
    input decision rule candidates { score matchedField organization { id name } }
  }
}` }
];
