package io.littlegiants.kb.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.SourceLocation;
import graphql.schema.DataFetchingEnvironment;
import io.littlegiants.kb.common.Evidence;
import io.littlegiants.kb.firm.Organization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * GraphQL wiring that annotations cannot express: the Date scalar, how an Organization is
 * resolved to Firm or Institution, error codes for documents that fail to validate, and
 * the schema mapping report (kept so that a test can insist it is empty).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GraphQlConfiguration.class);

	/**
	 * The analytic answers: each says which weak facts it rests on, and how much the
	 * graph knows about what it asks.
	 */
	static final List<String> ANSWERS = List.of("CultivationFunnel", "RecertificationDue", "CriteriaAudit",
			"ImportSubstitutes", "EuExposure", "SupplyPaths", "SingleSourceDependencies", "SupplyChainGaps",
			"CapitalFlows");

	@Bean
	RuntimeWiringConfigurer kbRuntimeWiring() {
		return wiring -> {
			// Strict mode forbids redefining a built-in scalar; ID is replaced on
			// purpose, then strict mode is back for everything after.
			wiring.strictMode(false).scalar(StrictIdScalar.ID).strictMode(true);
			wiring.scalar(DateScalar.DATE)
				.type("Organization", type -> type.typeResolver(env -> env.getSchema()
					.getObjectType(((Organization) env.getObject()).isFirm() ? "Firm" : "Institution")));
			ANSWERS.forEach(answer -> wiring.type(answer, type -> type.dataFetcher("warnings", new WarningsFetcher())
				.dataFetcher("coverage", new Answers.CoverageFetcher())));
		};
	}

	/**
	 * An answer's warnings; self-describing, so the schema inspection checks Warning too.
	 */
	static final class WarningsFetcher implements SelfDescribingDataFetcher<List<Evidence.Warning>> {

		@Override
		public List<Evidence.Warning> get(DataFetchingEnvironment environment) {
			return Evidence.warnings(environment.getSource());
		}

		@Override
		public String getDescription() {
			return "Evidence.warnings(answer)";
		}

		@Override
		public ResolvableType getReturnType() {
			return ResolvableType.forClassWithGenerics(List.class, Evidence.Warning.class);
		}

	}

	@Bean
	SchemaReportHolder schemaReportHolder() {
		return new SchemaReportHolder();
	}

	@Bean
	GraphQlSourceBuilderCustomizer schemaInspection(SchemaReportHolder holder) {
		// Institution is reached only through the Organization interface, and Warning
		// only through the warnings fetchers wired above: tell the inspector which Java
		// types back them, so that their fields are checked too.
		return builder -> builder
			.inspectSchemaMappings(initializer -> initializer.classMapping("Institution", Organization.class)
				.classMapping("Firm", Organization.class), report -> {
					holder.report.set(report);
					if (report.unmappedFields().isEmpty() && report.unmappedRegistrations().isEmpty()
							&& report.unmappedArguments().isEmpty() && report.skippedTypes().isEmpty()) {
						log.debug("{}", report);
					}
					else {
						log.warn("{}", report);
					}
				});
	}

	@Bean
	ParsedDocuments parsedDocuments(
			@Value("${kb.graphql.parsed-documents.max-characters:1000000}") long maxCharacters) {
		return new ParsedDocuments(maxCharacters);
	}

	@Bean
	GraphQlSourceBuilderCustomizer keepParsedDocuments(ParsedDocuments documents) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
	}

	/**
	 * Gives errors raised before execution (parse, validation) an {@code extensions.code}
	 * too.
	 */
	@Bean
	WebGraphQlInterceptor errorCodes() {
		return (request, chain) -> chain.next(request).map(response -> {
			if (response.getErrors().isEmpty()) {
				return response;
			}
			List<GraphQLError> errors = response.getErrors().stream().map(GraphQlConfiguration::withCode).toList();
			return response.transform(builder -> builder.errors(errors));
		});
	}

	private static GraphQLError withCode(ResponseError error) {
		Map<String, Object> extensions = new java.util.LinkedHashMap<>(error.getExtensions());
		if (!extensions.containsKey("code")) {
			String type = String.valueOf(error.getErrorType());
			extensions.put("code", switch (type) {
				case "InvalidSyntax" -> ErrorCodes.GRAPHQL_PARSE_FAILED;
				// A variable of the wrong type is the caller's input, not the document.
				case "ValidationError" -> String.valueOf(error.getMessage()).startsWith("Variable '")
						? ErrorCodes.BAD_USER_INPUT : ErrorCodes.GRAPHQL_VALIDATION_FAILED;
				case "BAD_REQUEST", "BAD_USER_INPUT" -> ErrorCodes.BAD_USER_INPUT;
				// Introspection that asks for the same type's fields again and
				// again: a limit.
				case "BadFaithIntrospection" -> RequestLimits.QUERY_TOO_COMPLEX;
				default -> ErrorCodes.INTERNAL_ERROR;
			});
		}
		List<SourceLocation> locations = error.getLocations();
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(locations)
			.errorType(error.getErrorType())
			.path(error.getParsedPath())
			.extensions(extensions)
			.build();
	}

	/** The last schema mapping report. */
	static class SchemaReportHolder {

		final AtomicReference<SchemaReport> report = new AtomicReference<>();

		SchemaReport report() {
			return this.report.get();
		}

	}

}
