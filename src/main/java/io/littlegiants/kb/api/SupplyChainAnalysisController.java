package io.littlegiants.kb.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import io.littlegiants.kb.common.Analysis.Bounded;
import io.littlegiants.kb.common.Confidence;
import io.littlegiants.kb.common.InvalidInputException;
import io.littlegiants.kb.common.TierId;
import io.littlegiants.kb.common.Today;
import io.littlegiants.kb.coverage.CoverageService;
import io.littlegiants.kb.supplychain.SingleSourceDependency;
import io.littlegiants.kb.supplychain.SupplyChainAnalysis;
import io.littlegiants.kb.supplychain.SupplyChainGap;
import io.littlegiants.kb.supplychain.SupplyDirection;
import io.littlegiants.kb.supplychain.SupplyPath;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * N-tier paths, single-source dependencies and supply-chain gaps.
 */
@Controller
class SupplyChainAnalysisController {

	/** Most start firms of one supplyPaths request. */
	static final int MAX_STARTS = 50;

	private final SupplyChainAnalysis analysis;

	private final Today today;

	private final Arguments arguments;

	private final CoverageService coverage;

	SupplyChainAnalysisController(SupplyChainAnalysis analysis, Today today, Arguments arguments,
			CoverageService coverage) {
		this.analysis = analysis;
		this.today = today;
		this.arguments = arguments;
		this.coverage = coverage;
	}

	@QueryMapping
	Bounded<SupplyPath> supplyPaths(@Argument String firmId, @Argument List<String> firmIds,
			@Argument SupplyDirection direction, @Argument int maxDepth, @Argument TierId tier,
			@Argument boolean certified, @Argument LocalDate asOf, @Argument boolean activeOnly,
			@Argument List<Confidence> excludeConfidence, @Argument int first, DataFetchingEnvironment environment) {
		List<String> starts = new ArrayList<>();
		if (firmId != null) {
			starts.add(this.arguments.organization("firmId", firmId));
		}
		for (String id : (firmIds != null) ? firmIds : List.<String>of()) {
			starts.add(this.arguments.organization("firmIds", id));
		}
		if (starts.isEmpty()) {
			throw new InvalidInputException("firmId", "give firmId, firmIds or both: the firms the paths start from");
		}
		if (starts.size() > MAX_STARTS) {
			throw new InvalidInputException("firmIds", "at most " + MAX_STARTS + " start firms, was " + starts.size());
		}
		List<String> startIds = List.copyOf(new LinkedHashSet<>(starts));
		List<String> exclude = Answers.excluded(excludeConfidence);
		return Answers.withCoverage(environment,
				this.analysis.supplyPaths(startIds, direction, depth(maxDepth), tier, certified, asOf, activeOnly,
						day(asOf), exclude, Answers.rows(first)),
				() -> this.coverage.supplyPaths(startIds, direction == SupplyDirection.UPSTREAM, tier, exclude));
	}

	@QueryMapping
	Bounded<SingleSourceDependency> singleSourceDependencies(@Argument String customerId, @Argument int hsLevel,
			@Argument LocalDate asOf, @Argument boolean activeOnly, @Argument List<Confidence> excludeConfidence,
			@Argument int first, @Argument int makersPerCode, DataFetchingEnvironment environment) {
		String customer = this.arguments.organization("customerId", customerId);
		List<String> exclude = Answers.excluded(excludeConfidence);
		return Answers.withCoverage(environment,
				this.analysis.singleSourceDependencies(customer, hsLevel(hsLevel), asOf, activeOnly, day(asOf), exclude,
						Answers.rows(first), Answers.makersPerCode(makersPerCode)),
				() -> this.coverage.singleSourceDependencies(customer, exclude));
	}

	@QueryMapping
	Bounded<SupplyChainGap> supplyChainGaps(@Argument String customerId, @Argument String sector, @Argument int hsLevel,
			@Argument LocalDate asOf, @Argument boolean activeOnly, @Argument List<Confidence> excludeConfidence,
			@Argument int first, @Argument int makersPerCode, DataFetchingEnvironment environment) {
		String customer = this.arguments.organization("customerId", customerId);
		String sectorId = this.arguments.sector("sector", sector);
		List<String> exclude = Answers.excluded(excludeConfidence);
		return Answers.withCoverage(environment,
				this.analysis.gaps(customer, sectorId, hsLevel(hsLevel), asOf, activeOnly, day(asOf), exclude,
						Answers.rows(first), Answers.makersPerCode(makersPerCode)),
				() -> this.coverage.supplyChainGaps(customer, sectorId, exclude));
	}

	private static int depth(int depth) {
		if (depth < 1 || depth > SupplyChainAnalysis.MAX_DEPTH) {
			throw new InvalidInputException("maxDepth",
					"maxDepth must be between 1 and " + SupplyChainAnalysis.MAX_DEPTH + ", was " + depth);
		}
		return depth;
	}

	private static int hsLevel(int level) {
		if (level != 4 && level != 6) {
			throw new InvalidInputException("hsLevel", "hsLevel must be 4 (heading) or 6 (subheading), was " + level);
		}
		return level;
	}

	/** Certifications are judged on the as-of day when one is given, else today. */
	private LocalDate day(LocalDate asOf) {
		return asOf == null ? this.today.date() : asOf;
	}

}
