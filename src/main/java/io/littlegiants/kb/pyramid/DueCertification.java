package io.littlegiants.kb.pyramid;

import io.littlegiants.kb.firm.Certification;
import io.littlegiants.kb.firm.Organization;

/**
 * A certification whose validity ends in the window asked about, with its firm.
 */
public record DueCertification(Organization firm, Certification certification) {
}
