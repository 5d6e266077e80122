package io.littlegiants.kb.firm;

import java.util.List;

/**
 * One page of firms.
 *
 * @param firms the firms, in order
 * @param hasNextPage whether more follow
 * @param totalCount all firms matching the filter, or null when not asked for
 */
public record FirmPage(List<Organization> firms, boolean hasNextPage, Long totalCount) {

	FirmPage withTotal(long total) {
		return new FirmPage(this.firms, this.hasNextPage, total);
	}

}
