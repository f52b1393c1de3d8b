package org.preau.core.accounts.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The secrets printed on the sheets: 12 characters from 32 that cannot be mistaken for each other on paper (60 bits,
 * shown in groups of four), kept as a salted SHA-256. A slow hash is not needed for random secrets of that strength,
 * and it would make printing a school's sheets take minutes; the passwords people choose keep the slow hash.
 */
public final class SecretCodes {

	public static String generate(SecureRandom secureRandom) {
		return generate(secureRandom, _LENGTH);
	}

	/**
	 * A secret of the given number of characters (5 bits each), in groups of four.
	 */
	public static String generate(SecureRandom secureRandom, int length) {
		StringBuilder sb = new StringBuilder(length + (length / 4));

		for (int i = 0; i < length; i++) {
			if ((i > 0) && ((i % 4) == 0)) {
				sb.append('-');
			}

			sb.append(_ALPHABET.charAt(secureRandom.nextInt(_ALPHABET.length())));
		}

		return sb.toString();
	}

	public static String hash(String code, SecureRandom secureRandom) {
		byte[] salt = new byte[16];

		secureRandom.nextBytes(salt);

		Base64.Encoder encoder = Base64.getEncoder();

		return _PREFIX + encoder.encodeToString(salt) + "$" +
			encoder.encodeToString(_digest(salt, normalise(code)));
	}

	public static boolean matches(char[] code, String hash) {
		if ((hash == null) || !hash.startsWith(_PREFIX)) {
			return false;
		}

		String[] parts = hash.substring(_PREFIX.length()).split("\\$");

		if (parts.length != 2) {
			return false;
		}

		try {
			Base64.Decoder decoder = Base64.getDecoder();

			return MessageDigest.isEqual(
				decoder.decode(parts[1]),
				_digest(decoder.decode(parts[0]), normalise(new String(code))));
		}
		catch (IllegalArgumentException illegalArgumentException) {
			return false;
		}
	}

	/**
	 * A code as typed, in the form it is hashed: upper case, without spaces and hyphens.
	 */
	public static String normalise(String code) {
		return code.replaceAll(
			"[\\s-]", ""
		).toUpperCase(
			Locale.ROOT
		);
	}

	private static byte[] _digest(byte[] salt, String code) {
		try {
			MessageDigest messageDigest = MessageDigest.getInstance("SHA-256");

			messageDigest.update(salt);

			return messageDigest.digest(code.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException noSuchAlgorithmException) {
			throw new IllegalStateException(noSuchAlgorithmException);
		}
	}

	private SecretCodes() {
	}

	private static final String _ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int _LENGTH = 12;

	private static final String _PREFIX = "sha256$";

}
