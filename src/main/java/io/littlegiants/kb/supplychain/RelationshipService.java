package io.littlegiants.kb.supplychain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

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

}
