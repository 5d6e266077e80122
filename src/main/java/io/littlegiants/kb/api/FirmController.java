package io.littlegiants.kb.api;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.littlegiants.kb.common.InvalidInputException;
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

	private final Arguments arguments;

	private final FirmLookAhead lookAhead;

	FirmController(FirmService firms, Arguments arguments, FirmLookAhead lookAhead) {
		this.firms = firms;
		this.arguments = arguments;
		this.lookAhead = lookAhead;
	}

	/** With the list fields it selects read in the same statement (FirmLookAhead). */
	@QueryMapping
	Organization firm(@Argument String id, DataFetchingEnvironment env) {
		return this.lookAhead.organization(id, env).filter(Organization::isFirm).orElse(null);
	}

	@QueryMapping
	Organization organization(@Argument String id) {
		return this.firms.organization(id).orElse(null);
	}

	@QueryMapping
	Connection<Organization> firms(@Argument FirmFilter filter, @Argument("orderBy") FirmOrder order,
			@Argument int first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		int size = Cursors.pageSize(first, MAX_PAGE);
		List<String> position = Cursors.decode("firms:" + order, after, 2);
		FirmFilter checked = (filter == null) ? null : checked(filter);
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
	List<SearchHit> search(@Argument String text, @Argument int first) {
		if (first < 1 || first > MAX_HITS) {
			throw new InvalidInputException("first", "first must be between 1 and " + MAX_HITS + ", was " + first);
		}
		if (text != null && text.length() > MAX_SEARCH_TEXT) {
			throw new InvalidInputException("text",
					"search text must be at most " + MAX_SEARCH_TEXT + " characters, was " + text.length());
		}
		return this.firms.search(text, first);
	}

	private static String sortKey(Organization firm, FirmOrder order) {
		return order == FirmOrder.ID_ASC ? firm.id() : firm.name();
	}

	/** The filter with its codes checked and normalised, as the firm list takes them. */
	private FirmFilter checked(FirmFilter f) {
		return new FirmFilter(f.name(), f.country(), this.arguments.provinceCode("filter.province", f.province()),
				f.tier(), f.certificationLevel(), f.certificationStatus(), f.batch(), f.sector(),
				Arguments.hsCodeDigits("filter.hsCode", f.hsCode()), f.technology(), f.exchange(), f.board(),
				f.confidence(), Arguments.uscc("filter.uscc", f.uscc()));
	}

}
