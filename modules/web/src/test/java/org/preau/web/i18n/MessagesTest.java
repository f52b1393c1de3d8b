package org.preau.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

public class MessagesTest {

	@Test
	public void givenEnglishAndFrenchFiles_thenTheyHoldTheSameKeys()
		throws IOException {

		Properties english = _load("content/Language.properties");
		Properties french = _load("content/Language_fr_FR.properties");

		Assertions.assertEquals(
			new TreeSet<>(english.stringPropertyNames()),
			new TreeSet<>(french.stringPropertyNames()));
		Assertions.assertTrue(english.size() > 40);
	}

	@Test
	public void givenFrenchLocale_thenFrenchTextWithApostrophesAndArguments() {
		Messages messages = new Messages();

		Assertions.assertEquals(
			"Aucun établissement n'a l'UAI 0310001A.",
			messages.get(
				Locale.FRANCE, "no-establishment-has-the-uai-x", "0310001A"));
		Assertions.assertEquals(
			"No establishment has the UAI 0310001A.",
			messages.get(
				Locale.ENGLISH, "no-establishment-has-the-uai-x", "0310001A"));
	}

	@Test
	public void givenUnsupportedLocale_thenFrenchIsUsed() {
		Assertions.assertEquals(
			"Élèves",
			new Messages().get(Locale.GERMANY, "profile-pupil-plural"));
	}

	@Test
	public void givenUnknownKey_thenTheKeyIsShown() {
		Assertions.assertEquals(
			"no-such-key", new Messages().get(Locale.FRANCE, "no-such-key"));
	}

	private Properties _load(String name) throws IOException {
		Properties properties = new Properties();

		try (InputStream inputStream =
				Messages.class.getClassLoader().getResourceAsStream(name)) {

			Assertions.assertNotNull(inputStream, name);

			properties.load(
				new InputStreamReader(inputStream, StandardCharsets.UTF_8));
		}

		return properties;
	}

}
