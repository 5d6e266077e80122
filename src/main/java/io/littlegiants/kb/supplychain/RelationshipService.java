package io.littlegiants.kb.supplychain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.Analysis;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers, customers, investors, listings and the other relationships of firms.
 */
@Service
@Transactional(readOnly = true)
public class RelationshipService {

	private final RelationshipQueries queries;

	RelationshipService(RelationshipQueries queries) {
		this.queries = queries;
	}

	/** The relationships of one kind of many firms at once, keyed by firm id. */
	public Map<String, List<Relationship>> related(Collection<String> firmIds, RelationshipKind kind) {
		return this.queries.related(firmIds, kind);
	}

	/**
	 * A page of one kind of an organization's relationships, newest first, then by id.
	 * @param afterDay with {@code afterId}, the last relationship of the previous page:
	 * its {@code since} or {@code date} ({@code ""} when it has neither); null for the
	 * first page
	 */
	public Analysis.Page<Relationship> page(String organizationId, RelationshipKind kind, String afterDay,
			String afterId, int size) {
		return this.queries.page(organizationId, kind, afterDay, afterId, size);
	}

}
