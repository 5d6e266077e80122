package io.littlegiants.kb.supplychain;

import java.util.List;
import java.util.Map;

import io.littlegiants.kb.firm.Certification;
import io.littlegiants.kb.firm.Organization;

/**
 * An organization read with the list fields a request selects.
 *
 * @param organization the organization
 * @param certifications its certifications, or null when not asked for
 * @param related its relationships of each kind asked for and read (see
 * {@link FirmWithFieldsQuery#LARGEST_LIST})
 */
public record FirmWithFields(Organization organization, List<Certification> certifications,
		Map<RelationshipKind, List<Relationship>> related) {
}
