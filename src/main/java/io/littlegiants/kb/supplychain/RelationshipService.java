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

	/**
	 * The relationships of one kind of many firms at once, keyed by firm id.
	 * @param maxList the most relationships one firm's list may hold
	 * @throws RelationshipListTooLongException when a firm has more, naming the first
	 * such (nothing is read of its list)
	 */
	public Map<String, List<Relationship>> related(Collection<String> firmIds, RelationshipKind kind, long maxList) {
		RelationshipQueries.Related related = this.queries.related(firmIds, kind, maxList);
		related.tooLong().entrySet().stream().findFirst().ifPresent(first -> {
			throw new RelationshipListTooLongException(first.getKey(), kind, first.getValue(), maxList);
		});
		return related.lists();
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
