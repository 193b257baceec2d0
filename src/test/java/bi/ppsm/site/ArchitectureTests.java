package bi.ppsm.site;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The structure of the code: feature packages never depend on each other in a circle, and the
 * shared foundations never reach up into features.
 */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("bi.ppsm.site");

	@Test
	void packagesAreFreeOfCycles() {
		slices().matching("bi.ppsm.site.(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void sharedFoundationsDependOnNoFeature() {
		noClasses().that()
			.resideInAnyPackage("bi.ppsm.site.system..", "bi.ppsm.site.period..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("bi.ppsm.site.programme..", "bi.ppsm.site.project..", "bi.ppsm.site.catalog..",
					"bi.ppsm.site.organisation..", "bi.ppsm.site.zone..", "bi.ppsm.site.targetgroup..",
					"bi.ppsm.site.result..", "bi.ppsm.site.contact..", "bi.ppsm.site.account..",
					"bi.ppsm.site.settings..", "bi.ppsm.site.mail..", "bi.ppsm.site.admin..")
			.check(MAIN);
	}

}
