package org.preau.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Keeps the domain free of any framework: core classes depend on java.* and on each other only.
 */
public class CorePurityTest {

	@Test
	public void coreClassesDependOnlyOnJavaAndCore() {
		JavaClasses coreClasses = new ClassFileImporter().withImportOption(
			ImportOption.Predefined.DO_NOT_INCLUDE_TESTS
		).importPackages(
			"org.preau.core"
		);

		Assertions.assertTrue(
			coreClasses.size() > 30,
			"the core classes were not found: " + coreClasses.size());

		classes().should(
		).onlyDependOnClassesThat(
		).resideInAnyPackage(
			"java..", "org.preau.core.."
		).check(
			coreClasses
		);
	}

}
