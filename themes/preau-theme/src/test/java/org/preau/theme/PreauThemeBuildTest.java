package org.preau.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import freemarker.template.Configuration;
import freemarker.template.Template;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks the exploded theme that the war plugin packages: the build chain (theme builder, copy of the shared
 * stylesheet, css builder) can break silently, for example by leaving main.css without the Préau rules.
 */
class PreauThemeBuildTest {

	@Test
	void givenTheBuiltTheme_thenMainCssHoldsTheCompiledPreauRules() throws IOException {
		String mainCss = _read(_themeDir().resolve("css/main.css"));

		assertTrue(mainCss.contains(".preau-card {"), "main.css lacks .preau-card");
		assertTrue(mainCss.contains(".preau-topbar {"), "main.css lacks .preau-topbar");
		assertTrue(mainCss.contains("--preau-accent: #0b5d73;"), "main.css lacks the Préau palette");
		assertTrue(mainCss.contains(".preau-theme .portlet-decorate .portlet-content {"), "main.css lacks the portal touches");
		assertFalse(mainCss.contains("@import 'preau'"), "main.css still imports preau instead of holding its rules");
	}

	@Test
	void givenTheBuiltTheme_thenItsCopyOfThePreauRulesIsTheSharedStylesheet() throws IOException {
		Path shared = Paths.get(System.getProperty("preau.css.file"));

		assertArrayEquals(Files.readAllBytes(shared), Files.readAllBytes(_themeDir().resolve("css/_preau.scss")));
	}

	@Test
	void givenTheBuiltTheme_thenClayUsesThePreauAccentAsPrimary() throws IOException {
		String clayCss = _read(_themeDir().resolve("css/clay.css"));

		assertTrue(clayCss.contains("--primary: #0b5d73;"), "clay.css keeps Liferay's primary colour");
	}

	@Test
	void givenTheBuiltTheme_thenTheLookAndFeelDeclaresThePreauTheme() throws Exception {
		DocumentBuilderFactory documentBuilderFactory = DocumentBuilderFactory.newInstance();

		documentBuilderFactory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

		Document document = documentBuilderFactory.newDocumentBuilder().parse(
			_themeDir().resolve("WEB-INF/liferay-look-and-feel.xml").toFile());

		Element theme = (Element)document.getElementsByTagName("theme").item(0);

		assertEquals("preau", theme.getAttribute("id"));
		assertEquals("Préau", theme.getAttribute("name"));
		assertEquals("ftl", theme.getElementsByTagName("template-extension").item(0).getTextContent());
	}

	@Test
	void givenTheBuiltTheme_thenItsPageTemplateUsesThePreauLayout() throws IOException {
		String portalNormal = _read(_themeDir().resolve("templates/portal_normal.ftl"));

		assertTrue(portalNormal.contains("class=\"preau-topbar\""));
		assertTrue(portalNormal.contains("class=\"preau-layout\""));
		assertTrue(portalNormal.contains("class=\"preau-main\""));
	}

	@Test
	void givenTheBuiltTheme_thenEveryTemplateParses() throws IOException {
		Configuration configuration = new Configuration(Configuration.VERSION_2_3_33);

		try (Stream<Path> templates = Files.list(_themeDir().resolve("templates"))) {
			for (Path template : (Iterable<Path>)templates::iterator) {
				new Template(template.getFileName().toString(), _read(template), configuration);
			}
		}
	}

	private static String _read(Path path) throws IOException {
		assertTrue(Files.isRegularFile(path), path + " was not built");

		return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
	}

	private static Path _themeDir() {
		return Paths.get(System.getProperty("preau.theme.dir"));
	}

}
