package org.preau.feeds;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Keeps the feeds bundle deployable anywhere the core is: it may use the JDK, its StAX API and the core, nothing else.
 */
public class FeedsPurityTest {

	@Test
	public void feedClassesDependOnlyOnJavaJavaxXmlAndTheCore() {
		JavaClasses feedClasses = new ClassFileImporter().withImportOption(
			ImportOption.Predefined.DO_NOT_INCLUDE_TESTS
		).importPackages(
			"org.preau.feeds"
		);

		Assertions.assertTrue(
			feedClasses.size() > 20,
			"the feed classes were not found: " + feedClasses.size());

		classes().should(
		).onlyDependOnClassesThat(
		).resideInAnyPackage(
			"java..", "javax.xml..", "org.preau.core..", "org.preau.feeds.."
		).check(
			feedClasses
		);
	}

}
