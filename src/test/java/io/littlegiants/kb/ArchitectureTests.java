package io.littlegiants.kb;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The feature packages are modules: no cycles between them, and no area reads the API or
 * the loader.
 */
class ArchitectureTests {

	@Test
	void modulesHaveNoCyclesAndRespectEachOthersInternals() {
		ApplicationModules.of(KnowledgeBaseApplication.class).verify();
	}

	@Test
	void onlyTheApiReadsTheExposureArea() {
		noClasses().that()
			.resideOutsideOfPackages("..kb.exposure..", "..kb.api..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..kb.exposure..")
			.check(classes());
	}

	@Test
	void noAreaDependsOnTheApiOrTheLoader() {
		noClasses().that()
			.resideInAnyPackage("..kb.firm..", "..kb.supplychain..", "..kb.catalog..", "..kb.provenance..",
					"..kb.pyramid..", "..kb.exposure..", "..kb.finance..", "..kb.neo4j..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..kb.api..", "..kb.ingest..")
			.check(classes());
	}

	private static JavaClasses classes() {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(KnowledgeBaseApplication.class.getPackageName());
	}

}
