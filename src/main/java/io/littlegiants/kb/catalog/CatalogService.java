package io.littlegiants.kb.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.littlegiants.kb.common.TierId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference data of the knowledge base and the classification of firms by product, sector
 * and technology.
 */
@Service
@Transactional(readOnly = true)
public class CatalogService {

	private final CatalogQueries queries;

	CatalogService(CatalogQueries queries) {
		this.queries = queries;
	}

	public List<Tier> tiers() {
		return this.queries.tiers();
	}

	/** The ten sectors, or with {@code includeDirections} also their 23 directions. */
	public List<Sector> sectors(boolean includeDirections) {
		return this.queries.sectors(includeDirections);
	}

	public Map<String, List<Sector>> directionsOf(Collection<String> sectorIds) {
		return this.queries.directionsOf(sectorIds);
	}

	public List<Technology> technologies() {
		return this.queries.technologies();
	}

	/** Whether a sector or direction has this id. */
	public boolean sectorExists(String id) {
		return this.queries.sectorExists(id);
	}

	/** The country a code (DE, DEU), English or Chinese name names; empty if none. */
	public Optional<Country> country(String codeOrName) {
		return this.queries.country(codeOrName);
	}

	public Optional<HsCode> hsCode(String code) {
		return this.queries.hsCode(code);
	}

	public Map<String, List<HsCode>> hsCodes(Collection<String> codes) {
		return this.queries.hsCodes(codes);
	}

	public Map<String, List<HsCode>> hsChildren(Collection<String> codes) {
		return this.queries.hsChildren(codes);
	}

	public Map<String, List<Country>> countries(Collection<String> codes) {
		return this.queries.countries(codes);
	}

	public Map<String, List<Product>> productsOf(Collection<String> firmIds) {
		return this.queries.productsOf(firmIds);
	}

	public Map<String, List<Sector>> sectorsOf(Collection<String> firmIds) {
		return this.queries.sectorsOf(firmIds);
	}

	public Map<String, List<Technology>> technologiesOf(Collection<String> firmIds) {
		return this.queries.technologiesOf(firmIds);
	}

	/** Published programme facts, optionally only those about one tier. */
	public List<ProgramFact> programFacts(TierId tier) {
		return this.queries.programFacts(tier);
	}

	/**
	 * Published trade flows, every criterion optional: reporter and partner codes (e.g.
	 * {@code EU27}, {@code CN}), flow ({@code EXPORT}, {@code IMPORT}, ...) and year.
	 */
	public List<TradeFlow> tradeFlows(String reporter, String partner, String flow, Integer year) {
		return this.queries.tradeFlows(reporter, partner, flow, year);
	}

	public Map<String, List<ExportMarket>> exportMarketsOf(Collection<String> firmIds) {
		return this.queries.exportMarketsOf(firmIds);
	}

	public Stats stats() {
		return this.queries.stats();
	}

}
