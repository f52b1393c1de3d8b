package org.preau.embedded.internal.security;

import java.security.SecureRandom;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

public class Pbkdf2PasswordHasherTest {

	@Test
	public void givenHash_thenItHoldsNoClearPasswordAndOnlyTheRightPasswordMatches() {
		String hash = _hasher.hash("correct horse".toCharArray());

		Assertions.assertFalse(hash.contains("correct"));
		Assertions.assertTrue(hash.startsWith("pbkdf2-sha512$1000$"), hash);
		Assertions.assertTrue(_hasher.matches("correct horse".toCharArray(), hash));
		Assertions.assertFalse(_hasher.matches("correct horsE".toCharArray(), hash));
		Assertions.assertFalse(_hasher.matches(new char[0], hash));
	}

	@Test
	public void givenSamePasswordTwice_thenSaltsDiffer() {
		Assertions.assertNotEquals(
			_hasher.hash("same".toCharArray()),
			_hasher.hash("same".toCharArray()));
	}

	@Test
	public void givenMalformedHashes_thenNothingMatches() {
		for (String hash :
				new String[] {
					null, "", "plain", "pbkdf2-sha512$", "pbkdf2-sha512$x$y$z",
					"pbkdf2-sha512$10$AAAA$AAAA",
					"pbkdf2-sha512$1000$not base64!$AAAA"
				}) {

			Assertions.assertFalse(
				_hasher.matches("x".toCharArray(), hash), String.valueOf(hash));
		}
	}

	private final Pbkdf2PasswordHasher _hasher = new Pbkdf2PasswordHasher(
		new SecureRandom(), 1000);

}
