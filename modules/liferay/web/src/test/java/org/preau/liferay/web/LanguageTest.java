package org.preau.liferay.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.junit.jupiter.api.Assertions;

import org.preau.liferay.web.constants.PreauPanelCategoryKeys;
import org.preau.liferay.web.constants.PreauPortletKeys;

/**
 * The portal reads one language file per bundle: the build merges the shared pages' keys into this bundle's files.
 */
public class LanguageTest {

	@ParameterizedTest
	@ValueSource(
		strings = {
			"content/Language.properties", "content/Language_fr_FR.properties"
		}
	)
	public void givenTheBuiltLanguageFile_thenItHoldsThePortalKeysAndEverySharedKey(
			String name)
		throws IOException {

		List<Properties> files = new ArrayList<>();
		List<String> locations = new ArrayList<>();

		Enumeration<URL> urls = LanguageTest.class.getClassLoader(
		).getResources(
			name
		);

		while (urls.hasMoreElements()) {
			URL url = urls.nextElement();

			locations.add(url.toString());
			files.add(_load(url));
		}

		Assertions.assertEquals(2, files.size(), locations.toString());

		// This module's target/classes comes first on the test class path, the web module's jar after it

		Properties merged = files.get(0);
		Properties shared = files.get(1);

		Set<String> missing = new TreeSet<>(shared.stringPropertyNames());

		missing.removeAll(merged.stringPropertyNames());

		Assertions.assertEquals(Set.of(), missing, locations.toString());

		for (String key :
				List.of(
					"category." + PreauPanelCategoryKeys.CONTROL_PANEL_ENT,
					"javax.portlet.title." +
						PreauPortletKeys.ESTABLISHMENT_OVERVIEW,
					"demo-help", "ent-address-help")) {

			Assertions.assertTrue(merged.containsKey(key), key);
		}
	}

	private Properties _load(URL url) throws IOException {
		Properties properties = new Properties();

		try (InputStream inputStream = url.openStream()) {
			properties.load(
				new InputStreamReader(inputStream, StandardCharsets.UTF_8));
		}

		return properties;
	}

}
