package org.preau.feeds;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Keeps the feeds bundle deployable anywhere the core is: it may use the JDK, its StAX API and the core, and Apache
 * Commons CSV for reading CSV files only, so that the XML readers never need more than the JDK.
 */
public class FeedsPurityTest {

	@Test
	public void csvClassesDependOnlyOnJavaTheCoreAndCommonsCsv() {
		classes(
		).that(
		).resideInAPackage(
			"org.preau.feeds.internal.csv.."
		).should(
		).onlyDependOnClassesThat(
		).resideInAnyPackage(
			"java..", "org.apache.commons.csv..", "org.preau.core..",
			"org.preau.feeds.."
		).check(
			_feedClasses()
		);
	}

	@Test
	public void feedClassesDependOnlyOnJavaJavaxXmlAndTheCore() {
		JavaClasses feedClasses = _feedClasses();

		Assertions.assertTrue(
			feedClasses.size() > 20,
			"the feed classes were not found: " + feedClasses.size());

		classes(
		).that(
		).resideOutsideOfPackage(
			"org.preau.feeds.internal.csv.."
		).should(
		).onlyDependOnClassesThat(
		).resideInAnyPackage(
			"java..", "javax.xml..", "org.preau.core..", "org.preau.feeds.."
		).check(
			feedClasses
		);
	}

	private JavaClasses _feedClasses() {
		return new ClassFileImporter().withImportOption(
			ImportOption.Predefined.DO_NOT_INCLUDE_TESTS
		).importPackages(
			"org.preau.feeds"
		);
	}

}
