package io.littlegiants.kb.api;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.littlegiants.kb.firm.FirmService;
import io.littlegiants.kb.firm.Organization;
import io.littlegiants.kb.supplychain.FirmWithFields;
import io.littlegiants.kb.supplychain.FirmWithFieldsQuery;
import io.littlegiants.kb.supplychain.RelationshipKind;
import org.dataloader.DataLoader;

import org.springframework.stereotype.Component;

/**
 * A firm asked for by id, read in one statement with the list fields the request selects
 * on it (certifications, suppliers, customers, ...). Their lists are handed to the
 * fields' batch loaders (primed), which then send nothing: a firm with certifications,
 * suppliers and customers is one statement instead of four. A list whose relationships or
 * counterparts the request asks little of reads only that ({@link #NAME_FIELDS},
 * {@link #BARE_RELATIONSHIP_FIELDS}); the loaders serve every alias of a field, so every
 * alias counts.
 */
@Component
class FirmLookAhead {

	/**
	 * The relationship lists of {@code Firm} by field name, as
	 * {@link RelationshipController} maps them (a test checks both give the same lists).
	 */
	static final Map<String, RelationshipKind> RELATIONSHIP_FIELDS = Map.of("suppliers", RelationshipKind.SUPPLIERS,
			"customers", RelationshipKind.CUSTOMERS, "mentors", RelationshipKind.MENTORS, "mentees",
			RelationshipKind.MENTEES, "loans", RelationshipKind.LENDERS, "investors", RelationshipKind.INVESTORS,
			"listings", RelationshipKind.LISTINGS, "competitors", RelationshipKind.COMPETITORS);

	/**
	 * The fields of an organization that its id, kind and names answer: a list whose
	 * counterparts are asked for nothing else (under any alias or fragment) reads only
	 * those: id, kind, name, and those of {@code RelationshipQueries.OTHER_NAMES} asked
	 * for. The two lists change together.
	 */
	static final Set<String> NAME_FIELDS = Set.of("id", "kind", "name", "nameZh", "shortNameZh", "nameEn",
			"__typename");

	/**
	 * The fields of a relationship that its id, type and direction answer, with its
	 * counterpart: a list asked for nothing else reads only those of its relationships
	 * ({@code RelationshipQueries.RELATIONSHIP_BARE}).
	 */
	static final Set<String> BARE_RELATIONSHIP_FIELDS = Set.of("id", "type", "direction", "counterpart", "__typename");

	private final FirmService firms;

	private final FirmWithFieldsQuery query;

	private final RequestLimits.Properties limits;

	FirmLookAhead(FirmService firms, FirmWithFieldsQuery query, RequestLimits.Properties limits) {
		this.firms = firms;
		this.query = query;
		this.limits = limits;
	}

	/** The organization with the id, its selected list fields loaded and primed. */
	Optional<Organization> organization(String id, DataFetchingEnvironment env) {
		DataFetchingFieldSelectionSet selection = env.getSelectionSet();
		boolean certifications = selection.contains("certifications");
		Set<RelationshipKind> kinds = EnumSet.noneOf(RelationshipKind.class);
		Map<RelationshipKind, Set<String>> namesOnly = new EnumMap<>(RelationshipKind.class);
		Set<RelationshipKind> bare = EnumSet.noneOf(RelationshipKind.class);
		RELATIONSHIP_FIELDS.forEach((field, kind) -> {
			if (selection.contains(field)) {
				kinds.add(kind);
				Set<String> asked = names(selection, field + "/counterpart/*");
				if (NAME_FIELDS.containsAll(asked)) {
					namesOnly.put(kind, asked);
				}
				if (onlyAmong(selection, field + "/*", BARE_RELATIONSHIP_FIELDS)) {
					bare.add(kind);
				}
			}
		});
		if (!certifications && kinds.isEmpty()) {
			return this.firms.organization(id);
		}
		FirmWithFieldsQuery.Slim slim = new FirmWithFieldsQuery.Slim(namesOnly, bare);
		return this.query.find(id, certifications, kinds, slim, this.limits.maxListSize()).map(found -> {
			prime(env, found);
			return found.organization();
		});
	}

	/**
	 * Whether every field the glob selects, under every alias and fragment, is one of
	 * {@code names}.
	 */
	private static boolean onlyAmong(DataFetchingFieldSelectionSet selection, String glob, Set<String> names) {
		return names.containsAll(names(selection, glob));
	}

	/** The names of the fields the glob selects, under every alias and fragment. */
	private static Set<String> names(DataFetchingFieldSelectionSet selection, String glob) {
		return selection.getFields(glob).stream().map(SelectedField::getName).collect(Collectors.toSet());
	}

	private static void prime(DataFetchingEnvironment env, FirmWithFields found) {
		if (found.certifications() != null) {
			loader(env, "certifications").prime(found.organization(), found.certifications());
		}
		RELATIONSHIP_FIELDS.forEach((field, kind) -> {
			if (found.related().containsKey(kind)) {
				loader(env, field).prime(found.organization(), found.related().get(kind));
			}
		});
	}

	/** The loader Spring for GraphQL registers for a {@code @BatchMapping} of Firm. */
	private static DataLoader<Organization, Object> loader(DataFetchingEnvironment env, String field) {
		DataLoader<Organization, Object> loader = env.getDataLoader("Firm." + field);
		if (loader == null) {
			throw new IllegalStateException("No batch loader for Firm." + field);
		}
		return loader;
	}

}
