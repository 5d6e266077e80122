package io.littlegiants.kb.api;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.littlegiants.kb.catalog.CatalogService;
import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.firm.FirmFilter;
import io.littlegiants.kb.firm.FirmOrder;
import io.littlegiants.kb.firm.FirmPage;
import io.littlegiants.kb.firm.FirmService;
import io.littlegiants.kb.firm.Organization;
import io.littlegiants.kb.supplychain.FirmWithFields;
import io.littlegiants.kb.supplychain.FirmWithFieldsQuery;
import io.littlegiants.kb.supplychain.Relationship;
import io.littlegiants.kb.supplychain.RelationshipKind;
import io.littlegiants.kb.supplychain.RelationshipListTooLongException;
import io.littlegiants.kb.supplychain.RelationshipService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The mapping glue of a paged relationship field, without a database: arguments reach the
 * service typed and decoded, pages come back as a connection, and bad arguments never
 * reach the service. The answers on a real graph are in AnalyticsTests.
 */
@GraphQlTest(controllers = { FirmController.class, RelationshipController.class })
@Import({ GraphQlConfiguration.class, Arguments.class, FirmLookAhead.class })
@EnableConfigurationProperties(RequestLimits.Properties.class)
class ControllerMappingTests {

	static final String PAGE = """
			query($first: Int, $after: String) { firm(id: "cn-x") {
			  relationships(kind: CUSTOMERS, first: $first, after: $after) {
			    totalCount edges { node { id counterpart { id } } cursor } pageInfo { hasNextPage endCursor } } } }
			""";

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	FirmService firms;

	@MockitoBean
	RelationshipService relationships;

	@MockitoBean
	FirmWithFieldsQuery firmWithFields;

	@MockitoBean
	CatalogService catalog;

	@Test
	void argumentsReachTheServiceTypedAndCursorsComeBackDecoded() {
		given(this.firms.organization("cn-x")).willReturn(Optional.of(firm("cn-x")));
		given(this.relationships.page("cn-x", RelationshipKind.CUSTOMERS, null, null, 2)).willReturn(
				new Analysis.Page<>(List.of(customer("s-1", "2024", "cn-a"), customer("s-2", null, "cn-b")), 7, true));
		String cursor = this.graphQl.document(PAGE)
			.variable("first", 2)
			.execute()
			.path("firm.relationships.totalCount")
			.entity(Integer.class)
			.isEqualTo(7)
			.path("firm.relationships.edges[*].node.counterpart.id")
			.entityList(String.class)
			.containsExactly("cn-a", "cn-b")
			.path("firm.relationships.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("firm.relationships.pageInfo.endCursor")
			.entity(String.class)
			.get();

		given(this.relationships.page("cn-x", RelationshipKind.CUSTOMERS, "", "s-2", 2))
			.willReturn(new Analysis.Page<>(List.of(customer("s-3", null, "cn-c")), 7, false));
		this.graphQl.document(PAGE)
			.variable("first", 2)
			.variable("after", cursor)
			.execute()
			.path("firm.relationships.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("s-3");
		// the last row of the first page, undated: day "" and its id
		verify(this.relationships).page("cn-x", RelationshipKind.CUSTOMERS, "", "s-2", 2);
	}

	@Test
	void aPageTooLargeOrAForeignCursorNeverReachesTheService() {
		given(this.firms.organization("cn-x")).willReturn(Optional.of(firm("cn-x")));
		this.graphQl.document(PAGE)
			.variable("first", 501)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("argument", "first")));
		this.graphQl.document(PAGE)
			.variable("after", Cursors.encode("relationships-SUPPLIERS", "", "s-2"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "after")));
		verifyNoInteractions(this.relationships);
	}

	@Test
	void anExplicitNullForADefaultedArgumentIsRefusedByTheSchema() {
		// The default lives in the schema (first: Int! = 100): left out, it applies;
		// given as null, GraphQL refuses it, so no Java code needs a fallback.
		given(this.firms.organization("cn-x")).willReturn(Optional.of(firm("cn-x")));
		this.graphQl.document(PAGE)
			.variable("first", null)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("argument", "first")));
		verifyNoInteractions(this.relationships);
	}

	@Test
	void aFiltersCodesAreCheckedInTheControllerAndTheErrorNamesTheFiltersField() {
		given(this.firms.provinceCode("Zhejiang")).willReturn(Optional.of("33"));
		given(this.firms.provinceCode("Atlantis")).willReturn(Optional.empty());
		Map<String, String> bad = Map.of("uscc: \"914403001922038217\"", "filter.uscc", "hsCode: \"84A3\"",
				"filter.hsCode", "province: \"Atlantis\"", "filter.province");
		bad.forEach((filter, argument) -> this.graphQl.document("{ firms(filter: {" + filter + "}) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("argument", argument))));
		verify(this.firms, never()).firms(any(), any(), anyInt(), any(), anyBoolean());

		given(this.firms.firms(any(), any(), anyInt(), any(), anyBoolean()))
			.willReturn(new FirmPage(List.of(), false, 0L));
		this.graphQl.document(
				"""
						{ firms(filter: {province: "Zhejiang", hsCode: "8483.40", uscc: " 91350100m000100y43 "}) { totalCount } }""")
			.execute()
			.path("firms.totalCount")
			.entity(Long.class)
			.isEqualTo(0L);
		verify(this.firms).firms(new FirmFilter(null, null, "33", null, null, null, null, null, "848340", null, null,
				null, null, "91350100M000100Y43"), FirmOrder.NAME_ASC, 20, null, true);
	}

	@Test
	void aListAskedForLittleReadsLittle() {
		Set<RelationshipKind> both = EnumSet.of(RelationshipKind.SUPPLIERS, RelationshipKind.CUSTOMERS);
		given(this.firmWithFields.find(any(), anyBoolean(), any(), any(), anyLong()))
			.willReturn(Optional.of(new FirmWithFields(firm("cn-x"), null, Map.of(RelationshipKind.SUPPLIERS, List.of(),
					RelationshipKind.CUSTOMERS, List.of(customer("s-1", null, "cn-c"))))));
		// Suppliers' counterparts: names only, under two aliases. Customers': a country
		// too.
		this.graphQl.document("""
				{ firm(id: "cn-x") { a: suppliers { counterpart { id name } }
				  b: suppliers { since counterpart { __typename nameZh } }
				  customers { counterpart { name ... on Firm { countryCode } } } } }""")
			.execute()
			.path("firm.customers[0].counterpart.name")
			.entity(String.class)
			.isEqualTo("cn-c");
		// Suppliers' relationships: their since too; customers': nothing but the
		// counterpart. The suppliers' names asked for under either alias, nameZh among
		// them, are read.
		verify(this.firmWithFields).find("cn-x", false, both,
				new FirmWithFieldsQuery.Slim(
						Map.of(RelationshipKind.SUPPLIERS, Set.of("id", "name", "__typename", "nameZh")),
						EnumSet.of(RelationshipKind.CUSTOMERS)),
				10_000);
		// One alias asking for more than names reads every property for all of them.
		this.graphQl.document("""
				{ firm(id: "cn-x") { a: suppliers { counterpart { name } }
				  b: suppliers { counterpart { ... on Firm { uscc } } } customers { since } } }""")
			.execute()
			.path("firm.b")
			.entityList(Object.class)
			.hasSize(0);
		verify(this.firmWithFields).find("cn-x", false, both, new FirmWithFieldsQuery.Slim(
				Map.of(RelationshipKind.CUSTOMERS, Set.of()), EnumSet.of(RelationshipKind.SUPPLIERS)), 10_000);
	}

	/**
	 * A whole list longer than one may hold is refused with the limit named and the way
	 * to page through it, not read: an error of the field, with the request's other data.
	 */
	@Test
	void aListTooLongToHoldIsRefusedWithTheLimitAndTheWayToPageIt() {
		given(this.firms.organization("cn-hub")).willReturn(Optional.of(firm("cn-hub")));
		given(this.firmWithFields.find(any(), anyBoolean(), any(), any(), anyLong()))
			.willReturn(Optional.of(new FirmWithFields(firm("cn-hub"), null, Map.of())));
		given(this.relationships.related(List.of("cn-hub"), RelationshipKind.SUPPLIERS, 10_000))
			.willThrow(new RelationshipListTooLongException("cn-hub", RelationshipKind.SUPPLIERS, 103_347, 10_000));
		this.graphQl.document("{ firm(id: \"cn-hub\") { name suppliers { id } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("cn-hub has 103,347 relationships of kind SUPPLIERS")
					.contains("kb.graphql.limits.max-list-size")
					.contains("relationships(kind: SUPPLIERS, first: 100)");
				assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX")
					.containsEntry("limit", "maxListSize")
					.containsEntry("value", 103_347L)
					.containsEntry("max", 10_000L);
				assertThat(error.getPath()).isEqualTo("firm.suppliers");
			}));
	}

	private static Organization firm(String id) {
		return Organization.from(Map.of("id", id, "kind", "FIRM", "name", id));
	}

	private static Relationship customer(String id, String since, String customerId) {
		Map<String, Object> rel = new HashMap<>(Map.of("id", id, "type", "SUPPLIES"));
		if (since != null) {
			rel.put("since", since);
		}
		return Relationship.from("OUTGOING", rel, firm(customerId));
	}

}
