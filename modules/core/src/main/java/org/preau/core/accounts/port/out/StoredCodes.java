package org.preau.core.accounts.port.out;

import java.util.Collection;
import java.util.Optional;

import org.preau.core.accounts.model.StoredCode;

/**
 * The hashes of the activation codes and initial passwords, one per login: a new one replaces the old one.
 */
public interface StoredCodes {

	Optional<StoredCode> find(String login);

	void remove(String login);

	/**
	 * Stores each code, replacing the one of the same login.
	 */
	void saveAll(Collection<StoredCode> codes);

}
