package org.preau.embedded.internal.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.preau.core.accounts.port.out.PasswordHasher;

/**
 * PBKDF2 with HMAC-SHA-512: {@code pbkdf2-sha512$<iterations>$<salt>$<hash>}, salt and hash in Base64. The iteration
 * count is stored with each hash, so it can be raised without breaking existing passwords.
 */
public class Pbkdf2PasswordHasher implements PasswordHasher {

	public Pbkdf2PasswordHasher(SecureRandom secureRandom, int iterations) {
		if (iterations < 1000) {
			throw new IllegalArgumentException(
				"at least 1000 iterations are needed");
		}

		_secureRandom = secureRandom;
		_iterations = iterations;
	}

	@Override
	public String hash(char[] password) {
		byte[] salt = new byte[16];

		_secureRandom.nextBytes(salt);

		Base64.Encoder encoder = Base64.getEncoder();

		return _PREFIX + _iterations + "$" + encoder.encodeToString(salt) + "$" +
			encoder.encodeToString(_derive(password, salt, _iterations));
	}

	@Override
	public boolean matches(char[] password, String hash) {
		if ((hash == null) || !hash.startsWith(_PREFIX)) {
			return false;
		}

		String[] parts = hash.substring(_PREFIX.length()).split("\\$");

		if (parts.length != 3) {
			return false;
		}

		try {
			int iterations = Integer.parseInt(parts[0]);

			if ((iterations < 1000) || (iterations > 10_000_000)) {
				return false;
			}

			Base64.Decoder decoder = Base64.getDecoder();

			byte[] expected = decoder.decode(parts[2]);

			return MessageDigest.isEqual(
				expected, _derive(password, decoder.decode(parts[1]), iterations));
		}
		catch (IllegalArgumentException illegalArgumentException) {
			return false;
		}
	}

	private byte[] _derive(char[] password, byte[] salt, int iterations) {
		PBEKeySpec pbeKeySpec = new PBEKeySpec(password, salt, iterations, 512);

		try {
			return SecretKeyFactory.getInstance(
				"PBKDF2WithHmacSHA512"
			).generateSecret(
				pbeKeySpec
			).getEncoded();
		}
		catch (GeneralSecurityException generalSecurityException) {
			throw new IllegalStateException(generalSecurityException);
		}
		finally {
			pbeKeySpec.clearPassword();
		}
	}

	private static final String _PREFIX = "pbkdf2-sha512$";

	private final int _iterations;
	private final SecureRandom _secureRandom;

}
