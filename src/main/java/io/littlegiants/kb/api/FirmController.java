package io.littlegiants.kb.api;

import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.littlegiants.kb.catalog.HsCode;
import io.littlegiants.kb.firm.FirmFilter;
import io.littlegiants.kb.firm.FirmOrder;
import io.littlegiants.kb.firm.FirmPage;
import io.littlegiants.kb.firm.FirmPosition;
import io.littlegiants.kb.firm.FirmService;
import io.littlegiants.kb.firm.Organization;
import io.littlegiants.kb.firm.SearchHit;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Entry points for firms and organizations: lookup by id, the filtered list and search.
 */
@Controller
class FirmController {

	static final int MAX_PAGE = 500;

	static final int MAX_HITS = 100;

	private final FirmService firms;

	FirmController(FirmService firms) {
		this.firms = firms;
	}

	@QueryMapping
	Organization firm(@Argument String id) {
		return this.firms.organization(id).filter(Organization::isFirm).orElse(null);
	}

	@QueryMapping
	Organization organization(@Argument String id) {
		return this.firms.organization(id).orElse(null);
	}

	@QueryMapping
	Connection<Organization> firms(@Argument FirmFilter filter, @Argument FirmOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		int size = Cursors.pageSize(first, MAX_PAGE);
		FirmOrder order = orderBy == null ? FirmOrder.NAME_ASC : orderBy;
		List<String> position = Cursors.decode("firms:" + order, after, 2);
		FirmFilter checked = filter == null ? null : withNormalisedHsCode(filter);
		FirmPage page = this.firms.firms(checked, order, size,
				position == null ? null : new FirmPosition(order, position.get(0), position.get(1)),
				selection.contains("totalCount"));
		List<Connection.Edge<Organization>> edges = page.firms()
			.stream()
			.map(f -> new Connection.Edge<>(f, Cursors.encode("firms:" + order, sortKey(f, order), f.id())))
			.toList();
		return Connection.of(edges, page.hasNextPage(), position != null, page.totalCount());
	}

	/**
	 * Longer than any firm name; the full-text index refuses queries of over 1,024 terms.
	 */
	static final int MAX_SEARCH_TEXT = 200;

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer first) {
		int size = first == null ? 10 : first;
		if (size < 1 || size > MAX_HITS) {
			throw new io.littlegiants.kb.common.InvalidInputException("first",
					"first must be between 1 and " + MAX_HITS + ", was " + size);
		}
		if (text != null && text.length() > MAX_SEARCH_TEXT) {
			throw new io.littlegiants.kb.common.InvalidInputException("text",
					"search text must be at most " + MAX_SEARCH_TEXT + " characters, was " + text.length());
		}
		return this.firms.search(text, size);
	}

	private static String sortKey(Organization firm, FirmOrder order) {
		return order == FirmOrder.ID_ASC ? firm.id() : firm.name();
	}

	private static FirmFilter withNormalisedHsCode(FirmFilter f) {
		if (f.hsCode() == null) {
			return f;
		}
		return new FirmFilter(f.name(), f.country(), f.province(), f.tier(), f.certificationLevel(),
				f.certificationStatus(), f.batch(), f.sector(), HsCode.normalise("filter.hsCode", f.hsCode()),
				f.technology(), f.exchange(), f.board(), f.confidence(), f.uscc());
	}

}
