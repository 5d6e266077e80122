package io.littlegiants.kb.supplychain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.littlegiants.kb.GraphQlHttpTest;
import io.littlegiants.kb.TestDatabase;
import io.littlegiants.kb.firm.Organization;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A firm read with its lists in one statement, on the fixture graph of
 * {@code AnalyticsTests} (the same context): cn-x has four supply edges from its
 * suppliers (jp-f by two) and one to its customer cn-c.
 */
@GraphQlHttpTest
@TestDatabase(fixture = "fixtures/analytics.cypher")
class FirmWithFieldsQueryTests {

	@Autowired
	Neo4jClient client;

	@Autowired
	RelationshipService relationships;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aKindWithMoreRelationshipsThanTheLargestListIsLeftToItsLoader() {
		EnumSet<RelationshipKind> kinds = EnumSet.of(RelationshipKind.SUPPLIERS, RelationshipKind.CUSTOMERS);
		FirmWithFields three = new FirmWithFieldsQuery(this.client, 3)
			.find("cn-x", true, kinds, FirmWithFieldsQuery.Slim.NONE, 10_000)
			.orElseThrow();
		assertThat(three.related()).containsOnlyKeys(RelationshipKind.CUSTOMERS);
		assertThat(three.related().get(RelationshipKind.CUSTOMERS)).extracting(r -> r.counterpart().id())
			.containsExactly("cn-c");
		assertThat(three.certifications()).isNotNull();
		FirmWithFields four = new FirmWithFieldsQuery(this.client, 4)
			.find("cn-x", false, kinds, FirmWithFieldsQuery.Slim.NONE, 10_000)
			.orElseThrow();
		assertThat(four.related()).containsOnlyKeys(kinds);
		assertThat(four.certifications()).isNull();
		for (RelationshipKind kind : kinds) {
			assertThat(four.related().get(kind)).as(kind.name())
				.isEqualTo(this.relationships.related(List.of("cn-x"), kind, 10_000).get("cn-x"));
		}
		assertThat(four.related().get(RelationshipKind.SUPPLIERS)).hasSize(4);
		assertThat(new FirmWithFieldsQuery(this.client, 4).find("nobody", true, kinds, FirmWithFieldsQuery.Slim.NONE,
				10_000))
			.isEmpty();
	}

	/**
	 * A list longer than one may hold is neither read with the firm nor by its loader,
	 * which refuses it, naming the firm, while it reads the lists of the other firms
	 * asked with it up to the same length.
	 */
	@Test
	void aListLongerThanOneMayHoldIsRefusedNotRead() {
		EnumSet<RelationshipKind> kinds = EnumSet.of(RelationshipKind.SUPPLIERS, RelationshipKind.CUSTOMERS);
		FirmWithFields found = new FirmWithFieldsQuery(this.client)
			.find("cn-x", false, kinds, FirmWithFieldsQuery.Slim.NONE, 3)
			.orElseThrow();
		assertThat(found.related()).containsOnlyKeys(RelationshipKind.CUSTOMERS);
		assertThatThrownBy(() -> this.relationships.related(List.of("cn-c", "cn-x"), RelationshipKind.SUPPLIERS, 3))
			.isInstanceOfSatisfying(RelationshipListTooLongException.class, ex -> {
				assertThat(ex.organizationId()).isEqualTo("cn-x");
				assertThat(ex.size()).isEqualTo(4);
				assertThat(ex.max()).isEqualTo(3);
				assertThat(ex.kind()).isEqualTo(RelationshipKind.SUPPLIERS);
			});
		Map<String, List<Relationship>> four = this.relationships.related(List.of("cn-c", "cn-x", "nobody"),
				RelationshipKind.SUPPLIERS, 4);
		assertThat(four.get("cn-x")).hasSize(4);
		assertThat(four.get("cn-c")).extracting(r -> r.counterpart().id()).containsExactly("cn-x");
		assertThat(four.get("nobody")).isEmpty();
	}

	@Test
	void counterpartsReadForTheirNamesOnlyHaveTheNamesAskedForAndNothingElse() {
		EnumSet<RelationshipKind> kinds = EnumSet.of(RelationshipKind.SUPPLIERS, RelationshipKind.CUSTOMERS);
		FirmWithFieldsQuery query = new FirmWithFieldsQuery(this.client);
		// Written and read in one transaction, rolled back: the fixture stays as it is.
		List<FirmWithFields> read = new TransactionTemplate(this.transactions).execute(status -> {
			status.setRollbackOnly();
			this.client.query("""
					MATCH (:Firm {id: 'cn-x'})<-[:SUPPLIES]-(s)
					SET s.nameZh = s.id + '-zh', s.shortNameZh = s.id + '-short', s.nameEn = s.id + '-en'
					""").run();
			return List.of(query.find("cn-x", false, kinds, FirmWithFieldsQuery.Slim.NONE, 10_000).orElseThrow(),
					query
						.find("cn-x", false, kinds,
								new FirmWithFieldsQuery.Slim(Map.of(RelationshipKind.SUPPLIERS, Set.of("id", "nameEn")),
										Set.of()),
								10_000)
						.orElseThrow());
		});
		FirmWithFields full = read.get(0);
		FirmWithFields names = read.get(1);
		List<Relationship> fullSuppliers = full.related().get(RelationshipKind.SUPPLIERS);
		List<Relationship> nameSuppliers = names.related().get(RelationshipKind.SUPPLIERS);
		assertThat(nameSuppliers).hasSize(4);
		for (int i = 0; i < 4; i++) {
			Organization whole = fullSuppliers.get(i).counterpart();
			Organization named = nameSuppliers.get(i).counterpart();
			// Id, kind and name always; of the other names, the one asked for.
			assertThat(named).isEqualTo(new Organization(whole.id(), whole.kind(), whole.name(), null, null,
					whole.nameEn(), List.of(), null, null, null, null, null, null, null, null, null, null, null, null,
					null, null, null, null, null, List.of()));
			assertThat(whole.nameZh()).isEqualTo(whole.id() + "-zh");
			assertThat(whole.shortNameZh()).isEqualTo(whole.id() + "-short");
			assertThat(whole.nameEn()).isEqualTo(whole.id() + "-en");
			assertThat(whole.countryCode()).isNotNull();
			// The relationship itself is read whole.
			assertThat(nameSuppliers.get(i)).usingRecursiveComparison()
				.ignoringFields("counterpart")
				.isEqualTo(fullSuppliers.get(i));
		}
		assertThat(names.related().get(RelationshipKind.CUSTOMERS))
			.isEqualTo(full.related().get(RelationshipKind.CUSTOMERS));
	}

	@Test
	void bareRelationshipsHaveTheirIdTypeAndDirectionAndNothingElse() {
		EnumSet<RelationshipKind> kinds = EnumSet.of(RelationshipKind.SUPPLIERS);
		FirmWithFieldsQuery query = new FirmWithFieldsQuery(this.client);
		List<Relationship> whole = query.find("cn-x", false, kinds, FirmWithFieldsQuery.Slim.NONE, 10_000)
			.orElseThrow()
			.related()
			.get(RelationshipKind.SUPPLIERS);
		List<Relationship> bare = query
			.find("cn-x", false, kinds, new FirmWithFieldsQuery.Slim(Map.of(), kinds), 10_000)
			.orElseThrow()
			.related()
			.get(RelationshipKind.SUPPLIERS);
		// The same relationships in the same order, each with its counterpart whole.
		assertThat(bare).hasSameSizeAs(whole).hasSize(4);
		for (int i = 0; i < whole.size(); i++) {
			Relationship w = whole.get(i);
			assertThat(bare.get(i)).isEqualTo(new Relationship(w.id(), w.type(), w.direction(), w.counterpart(), null,
					List.of(), null, null, null, null, null, null, null, null, null, null, List.of()));
		}
		assertThat(whole).extracting(Relationship::confidence).doesNotContainNull();
	}

}
