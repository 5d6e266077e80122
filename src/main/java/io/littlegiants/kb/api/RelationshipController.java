package io.littlegiants.kb.api;

import java.util.List;
import java.util.Map;

import io.littlegiants.kb.catalog.CatalogService;
import io.littlegiants.kb.catalog.HsCode;
import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.firm.Organization;
import io.littlegiants.kb.supplychain.Relationship;
import io.littlegiants.kb.supplychain.RelationshipKind;
import io.littlegiants.kb.supplychain.RelationshipService;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Relationship fields of firms and institutions, each loaded for a whole level of a
 * response in one query.
 */
@Controller
class RelationshipController {

	private final RelationshipService relationships;

	private final CatalogService catalog;

	private final RequestLimits.Properties limits;

	RelationshipController(RelationshipService relationships, CatalogService catalog, RequestLimits.Properties limits) {
		this.relationships = relationships;
		this.catalog = catalog;
		this.limits = limits;
	}

	@BatchMapping(typeName = "Firm")
	Map<Organization, List<Relationship>> suppliers(List<Organization> firms) {
		return related(firms, RelationshipKind.SUPPLIERS);
	}

	@BatchMapping(typeName = "Firm")
	Map<Organization, List<Relationship>> customers(List<Organization> firms) {
		return related(firms, RelationshipKind.CUSTOMERS);
	}

	@BatchMapping(typeName = "Firm")
	Map<Organization, List<Relationship>> mentors(List<Organization> firms) {
		return related(firms, RelationshipKind.MENTORS);
	}

	@BatchMapping(typeName = "Firm")
	Map<Organization, List<Relationship>> mentees(List<Organization> firms) {
		return related(firms, RelationshipKind.MENTEES);
	}

	/** Mapped on the interface: for firms and institutions alike. */
	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Relationship>> collaborations(List<Organization> organizations) {
		return related(organizations, RelationshipKind.COLLABORATIONS);
	}

	@BatchMapping(typeName = "Firm")
	Map<Organization, List<Relationship>> loans(List<Organization> firms) {
		return related(firms, RelationshipKind.LENDERS);
	}

	@BatchMapping(typeName = "Firm")
	Map<Organization, List<Relationship>> investors(List<Organization> firms) {
		return related(firms, RelationshipKind.INVESTORS);
	}

	/** Mapped on the interface: for firms and institutions alike. */
	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Relationship>> investments(List<Organization> organizations) {
		return related(organizations, RelationshipKind.INVESTMENTS);
	}

	@BatchMapping(typeName = "Firm")
	Map<Organization, List<Relationship>> listings(List<Organization> firms) {
		return related(firms, RelationshipKind.LISTINGS);
	}

	@BatchMapping(typeName = "Firm")
	Map<Organization, List<Relationship>> competitors(List<Organization> firms) {
		return related(firms, RelationshipKind.COMPETITORS);
	}

	@BatchMapping(typeName = "Institution")
	Map<Organization, List<Relationship>> listedFirms(List<Organization> institutions) {
		return related(institutions, RelationshipKind.LISTED_FIRMS);
	}

	@BatchMapping(typeName = "Institution")
	Map<Organization, List<Relationship>> loansGiven(List<Organization> institutions) {
		return related(institutions, RelationshipKind.LOANS_GIVEN);
	}

	/**
	 * One kind of relationship a page at a time: one query per organization, for the hubs
	 * whose whole lists are too long to send.
	 */
	@SchemaMapping(typeName = "Organization")
	Connection<Relationship> relationships(Organization organization, @Argument RelationshipKind kind,
			@Argument int first, @Argument String after) {
		String cursorKind = "relationships-" + kind;
		List<String> position = Cursors.decode(cursorKind, after, 2);
		Analysis.Page<Relationship> page = this.relationships.page(organization.id(), kind,
				(position == null) ? null : position.get(0), (position == null) ? null : position.get(1),
				Cursors.pageSize(first, FirmController.MAX_PAGE));
		return Cursors.connectionByKeys(page, cursorKind, r -> new String[] { r.pageDay(), r.id() }, position != null);
	}

	@BatchMapping(typeName = "Relationship")
	Map<Relationship, List<HsCode>> hsCodes(List<Relationship> relationships) {
		List<String> codes = relationships.stream().flatMap(r -> r.hsCodes().stream()).distinct().toList();
		return CatalogController.resolveCodes(relationships, Relationship::hsCodes, this.catalog.hsCodes(codes));
	}

	private Map<Organization, List<Relationship>> related(List<Organization> organizations, RelationshipKind kind) {
		return FirmFieldsController.byOrganization(organizations,
				this.relationships.related(FirmFieldsController.ids(organizations), kind, this.limits.maxListSize()));
	}

}
