package io.littlegiants.kb.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.littlegiants.kb.catalog.CatalogService;
import io.littlegiants.kb.catalog.Country;
import io.littlegiants.kb.catalog.ExportMarket;
import io.littlegiants.kb.catalog.Product;
import io.littlegiants.kb.catalog.Sector;
import io.littlegiants.kb.catalog.Technology;
import io.littlegiants.kb.firm.Certification;
import io.littlegiants.kb.firm.FirmService;
import io.littlegiants.kb.firm.Organization;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * Fields of Firm and Institution that need another query: one query per field and level
 * of a response, whatever the number of organizations in it.
 */
@Controller
class FirmFieldsController {

	private final FirmService firms;

	private final CatalogService catalog;

	FirmFieldsController(FirmService firms, CatalogService catalog) {
		this.firms = firms;
		this.catalog = catalog;
	}

	@BatchMapping(typeName = "Firm")
	Map<Organization, List<Certification>> certifications(List<Organization> firms) {
		return byOrganization(firms, this.firms.certifications(ids(firms)));
	}

	/** Mapped on the interface: for firms and institutions alike. */
	@BatchMapping(typeName = "Organization")
	Map<Organization, Country> country(List<Organization> organizations) {
		List<String> codes = organizations.stream()
			.map(Organization::countryCode)
			.filter(c -> c != null)
			.distinct()
			.toList();
		Map<String, List<Country>> countries = this.catalog.countries(codes);
		return organizations.stream()
			.filter(o -> o.countryCode() != null && !countries.get(o.countryCode()).isEmpty())
			.collect(Collectors.toMap(Function.identity(), o -> countries.get(o.countryCode()).get(0), (a, b) -> a));
	}

	@BatchMapping(typeName = "Firm")
	Map<Organization, List<Product>> products(List<Organization> firms) {
		return byOrganization(firms, this.catalog.productsOf(ids(firms)));
	}

	@BatchMapping(typeName = "Firm")
	Map<Organization, List<Sector>> sectors(List<Organization> firms) {
		return byOrganization(firms, this.catalog.sectorsOf(ids(firms)));
	}

	@BatchMapping(typeName = "Firm")
	Map<Organization, List<Technology>> technologies(List<Organization> firms) {
		return byOrganization(firms, this.catalog.technologiesOf(ids(firms)));
	}

	@BatchMapping(typeName = "Firm")
	Map<Organization, List<ExportMarket>> exportMarkets(List<Organization> firms) {
		return byOrganization(firms, this.catalog.exportMarketsOf(ids(firms)));
	}

	static List<String> ids(List<Organization> organizations) {
		return organizations.stream().map(Organization::id).distinct().toList();
	}

	static <T> Map<Organization, List<T>> byOrganization(List<Organization> organizations, Map<String, List<T>> byId) {
		return organizations.stream()
			.collect(Collectors.toMap(Function.identity(), o -> byId.getOrDefault(o.id(), List.of()), (a, b) -> a));
	}

}
