package org.preau.core.accounts.port.out;

/**
 * Turns a password into a salted, slow hash that embeds its own parameters, and checks a password against one.
 */
public interface PasswordHasher {

	String hash(char[] password);

	boolean matches(char[] password, String hash);

}
