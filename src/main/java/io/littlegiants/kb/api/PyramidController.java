package io.littlegiants.kb.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Analysis.Bounded;
import io.littlegiants.kb.firm.FirmService;
import io.littlegiants.kb.firm.Organization;
import io.littlegiants.kb.pyramid.CriteriaAudit;
import io.littlegiants.kb.pyramid.CultivationFunnel;
import io.littlegiants.kb.pyramid.DueCertification;
import io.littlegiants.kb.pyramid.Figure;
import io.littlegiants.kb.pyramid.PyramidService;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Questions about the pyramid: the funnel, reviews due and the criteria audit.
 */
@Controller
class PyramidController {

	private final PyramidService pyramid;

	private final FirmService firms;

	private final Arguments arguments;

	PyramidController(PyramidService pyramid, FirmService firms, Arguments arguments) {
		this.pyramid = pyramid;
		this.firms = firms;
		this.arguments = arguments;
	}

	@QueryMapping
	CultivationFunnel cultivationFunnel(@Argument LocalDate asOf, @Argument String level, @Argument String province,
			@Argument String sector) {
		String provinceCode = province == null ? null : this.firms.provinceCode("province", province);
		return this.pyramid.funnel(asOf == null ? this.firms.today() : asOf, level, provinceCode,
				this.arguments.sector("sector", sector));
	}

	@QueryMapping
	Bounded<DueCertification> recertificationDue(@Argument LocalDate from, @Argument LocalDate to,
			@Argument String tier, @Argument Integer first) {
		return this.pyramid.recertificationDue(from, to, tier, Analysis.rows("first", first, 100));
	}

	@QueryMapping
	CriteriaAudit criteriaAudit(@Argument String tier, @Argument CriteriaAudit.Criteria criteria,
			@Argument Boolean activeOnly, @Argument Integer first) {
		return this.pyramid.criteriaAudit(tier, criteria, Boolean.TRUE.equals(activeOnly), this.firms.today(),
				Analysis.rows("first", first, 100));
	}

	@BatchMapping(typeName = "Firm")
	Map<Organization, List<Figure>> figures(List<Organization> firms) {
		return FirmFieldsController.byOrganization(firms, this.pyramid.figuresOf(FirmFieldsController.ids(firms)));
	}

}
