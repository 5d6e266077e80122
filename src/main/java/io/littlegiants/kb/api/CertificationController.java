package io.littlegiants.kb.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.littlegiants.kb.common.Today;
import io.littlegiants.kb.firm.Certification;
import io.littlegiants.kb.firm.CertificationStatus;
import io.littlegiants.kb.firm.FirmService;
import io.littlegiants.kb.firm.Organization;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Computed and linked fields of Certification: its issuing authority and status today
 * (its tier comes with it).
 */
@Controller
class CertificationController {

	private final FirmService firms;

	private final Today today;

	CertificationController(FirmService firms, Today today) {
		this.today = today;
		this.firms = firms;
	}

	@SchemaMapping(typeName = "Certification")
	CertificationStatus status(Certification certification) {
		return certification.statusOn(this.today.date());
	}

	@BatchMapping(typeName = "Certification")
	Map<Certification, Organization> issuedBy(List<Certification> certifications) {
		List<String> ids = certifications.stream()
			.map(Certification::authorityId)
			.filter(id -> id != null)
			.distinct()
			.toList();
		Map<String, Organization> authorities = this.firms.organizations(ids)
			.stream()
			.collect(Collectors.toMap(Organization::id, Function.identity()));
		Map<Certification, Organization> result = new LinkedHashMap<>();
		certifications.stream()
			.filter(c -> authorities.containsKey(c.authorityId()))
			.forEach(c -> result.put(c, authorities.get(c.authorityId())));
		return result;
	}

}
