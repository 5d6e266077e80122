package io.littlegiants.kb.firm;

/**
 * Where a page of firms ends: the sort key of the last firm under its order, and its id.
 *
 * @param order the order the position belongs to
 * @param sortKey the name under NAME orders, the id under ID_ASC
 * @param id the firm's id
 */
public record FirmPosition(FirmOrder order, String sortKey, String id) {
}
