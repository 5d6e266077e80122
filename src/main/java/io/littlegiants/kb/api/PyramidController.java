package io.littlegiants.kb.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import io.littlegiants.kb.common.Analysis;
import io.littlegiants.kb.common.Analysis.Bounded;
import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.InvalidInputException;
import io.littlegiants.kb.common.TierId;
import io.littlegiants.kb.common.Today;
import io.littlegiants.kb.coverage.CoverageService;
import io.littlegiants.kb.firm.CertificationLevel;
import io.littlegiants.kb.firm.CertificationStatus;
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
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Questions about the pyramid: the funnel, reviews due and the criteria audit.
 */
@Controller
class PyramidController {

	private final PyramidService pyramid;

	private final FirmService firms;

	private final Today today;

	private final Arguments arguments;

	private final CoverageService coverage;

	PyramidController(PyramidService pyramid, FirmService firms, Arguments arguments, CoverageService coverage,
			Today today) {
		this.today = today;
		this.pyramid = pyramid;
		this.firms = firms;
		this.arguments = arguments;
		this.coverage = coverage;
	}

	@QueryMapping
	CultivationFunnel cultivationFunnel(@Argument LocalDate asOf, @Argument CertificationLevel level,
			@Argument String province, @Argument String sector, @Argument List<Confidence> excludeConfidence,
			DataFetchingEnvironment environment) {
		String provinceCode = this.arguments.provinceCode("province", province);
		String sectorId = this.arguments.sector("sector", sector);
		List<String> exclude = Answers.excluded(excludeConfidence);
		return Answers.withCoverage(environment,
				this.pyramid.funnel(asOf == null ? this.today.date() : asOf, level, provinceCode, sectorId, exclude),
				() -> this.coverage.cultivationFunnel(sectorId, provinceCode, exclude));
	}

	@QueryMapping
	Bounded<DueCertification> recertificationDue(@Argument LocalDate from, @Argument LocalDate to,
			@Argument TierId tier, @Argument List<Confidence> excludeConfidence, @Argument int first,
			DataFetchingEnvironment environment) {
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "to (" + to + ") is before from (" + from + ")");
		}
		List<String> exclude = Answers.excluded(excludeConfidence);
		return Answers.withCoverage(environment,
				this.pyramid.recertificationDue(from, to, tier, exclude, Answers.rows(first)),
				() -> this.coverage.recertificationDue(tier, exclude));
	}

	@QueryMapping
	CriteriaAudit criteriaAudit(@Argument TierId tier, @Argument CriteriaAudit.Criteria criteria,
			@Argument boolean activeOnly, @Argument List<Confidence> excludeConfidence, @Argument int first,
			DataFetchingEnvironment environment) {
		List<String> exclude = Answers.excluded(excludeConfidence);
		return Answers.withCoverage(environment,
				this.pyramid.criteriaAudit(tier, criteria, activeOnly, this.today.date(), exclude, Answers.rows(first)),
				() -> this.coverage.criteriaAudit(tier, exclude));
	}

	/** The firms behind a count of the funnel, by id. */
	@SchemaMapping(typeName = "FunnelTier")
	Connection<Organization> firms(CultivationFunnel.TierCount tier, @Argument CertificationStatus status,
			@Argument Integer batch, @Argument int first, @Argument String after) {
		String kind = "funnel-firms";
		List<String> position = Cursors.decode(kind, after, 1);
		Analysis.Page<Organization> page = this.pyramid.funnelFirms(tier, status.name(), batch,
				(position == null) ? null : position.get(0), Cursors.pageSize(first, FirmController.MAX_PAGE));
		return Cursors.connection(page, kind, Organization::id, position != null);
	}

	@BatchMapping(typeName = "Firm")
	Map<Organization, List<Figure>> figures(List<Organization> firms) {
		return FirmFieldsController.byOrganization(firms, this.pyramid.figuresOf(FirmFieldsController.ids(firms)));
	}

}
