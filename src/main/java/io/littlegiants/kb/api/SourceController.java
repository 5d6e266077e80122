package io.littlegiants.kb.api;

import java.util.List;
import java.util.Map;

import io.littlegiants.kb.catalog.ExportMarket;
import io.littlegiants.kb.catalog.HsCode;
import io.littlegiants.kb.catalog.Product;
import io.littlegiants.kb.catalog.ProgramFact;
import io.littlegiants.kb.catalog.Sector;
import io.littlegiants.kb.catalog.Technology;
import io.littlegiants.kb.catalog.Tier;
import io.littlegiants.kb.catalog.TradeFlow;
import io.littlegiants.kb.firm.Certification;
import io.littlegiants.kb.firm.Organization;
import io.littlegiants.kb.provenance.Source;
import io.littlegiants.kb.pyramid.Figure;
import io.littlegiants.kb.provenance.SourceService;
import io.littlegiants.kb.supplychain.Relationship;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Sources, and the {@code sources} field of every type that states facts: says who?
 */
@Controller
class SourceController {

	static final int MAX_PAGE = 500;

	private final SourceService sources;

	SourceController(SourceService sources) {
		this.sources = sources;
	}

	@QueryMapping
	Source source(@Argument String id) {
		return this.sources.byId(id).orElse(null);
	}

	@QueryMapping
	Connection<Source> sources(@Argument Integer first, @Argument String after) {
		int size = Cursors.pageSize(first, MAX_PAGE);
		List<String> position = Cursors.decode("sources", after, 1);
		List<Source> page = this.sources.page(position == null ? null : position.get(0), size + 1);
		boolean more = page.size() > size;
		List<Connection.Edge<Source>> edges = page.stream()
			.limit(size)
			.map(s -> new Connection.Edge<>(s, Cursors.encode("sources", s.id())))
			.toList();
		return Connection.of(edges, more, position != null, this.sources.count());
	}

	@BatchMapping(typeName = "Firm", field = "sources")
	Map<Organization, List<Source>> firmSources(List<Organization> firms) {
		return this.sources.sourcesOf(firms, Organization::sourceIds);
	}

	@BatchMapping(typeName = "Institution", field = "sources")
	Map<Organization, List<Source>> institutionSources(List<Organization> institutions) {
		return this.sources.sourcesOf(institutions, Organization::sourceIds);
	}

	@BatchMapping(typeName = "Certification", field = "sources")
	Map<Certification, List<Source>> certificationSources(List<Certification> certifications) {
		return this.sources.sourcesOf(certifications, Certification::sourceIds);
	}

	@BatchMapping(typeName = "Relationship", field = "sources")
	Map<Relationship, List<Source>> relationshipSources(List<Relationship> relationships) {
		return this.sources.sourcesOf(relationships, Relationship::sourceIds);
	}

	@BatchMapping(typeName = "Tier", field = "sources")
	Map<Tier, List<Source>> tierSources(List<Tier> tiers) {
		return this.sources.sourcesOf(tiers, Tier::sourceIds);
	}

	@BatchMapping(typeName = "Sector", field = "sources")
	Map<Sector, List<Source>> sectorSources(List<Sector> sectors) {
		return this.sources.sourcesOf(sectors, Sector::sourceIds);
	}

	@BatchMapping(typeName = "Technology", field = "sources")
	Map<Technology, List<Source>> technologySources(List<Technology> technologies) {
		return this.sources.sourcesOf(technologies, Technology::sourceIds);
	}

	@BatchMapping(typeName = "HsCode", field = "sources")
	Map<HsCode, List<Source>> hsCodeSources(List<HsCode> codes) {
		return this.sources.sourcesOf(codes, HsCode::sourceIds);
	}

	@BatchMapping(typeName = "Product", field = "sources")
	Map<Product, List<Source>> productSources(List<Product> products) {
		return this.sources.sourcesOf(products, Product::sourceIds);
	}

	@BatchMapping(typeName = "TradeFlow", field = "sources")
	Map<TradeFlow, List<Source>> tradeFlowSources(List<TradeFlow> flows) {
		return this.sources.sourcesOf(flows, TradeFlow::sourceIds);
	}

	@BatchMapping(typeName = "ExportMarket", field = "sources")
	Map<ExportMarket, List<Source>> exportMarketSources(List<ExportMarket> markets) {
		return this.sources.sourcesOf(markets, ExportMarket::sourceIds);
	}

	@BatchMapping(typeName = "Figure", field = "sources")
	Map<Figure, List<Source>> figureSources(List<Figure> figures) {
		return this.sources.sourcesOf(figures, Figure::sourceIds);
	}

	@BatchMapping(typeName = "ProgramFact", field = "sources")
	Map<ProgramFact, List<Source>> programFactSources(List<ProgramFact> facts) {
		return this.sources.sourcesOf(facts, ProgramFact::sourceIds);
	}

}
