package io.littlegiants.kb.firm;

/**
 * Orders of {@code firms}; each is total (ties broken by id), so keyset paging is exact.
 */
public enum FirmOrder {

	NAME_ASC, NAME_DESC, ID_ASC

}
