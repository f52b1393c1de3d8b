package org.preau.core.accounts.port.out;

import java.util.List;
import java.util.Optional;

import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.AccountScope;
import org.preau.core.directory.model.Uai;

/**
 * The people of the directory and the guests, as holders of the logins given to them.
 */
public interface AccountHolders {

	/**
	 * Returns the holder of a login: the person it was given to, or the guest.
	 */
	Optional<AccountHolder> byLogin(String login);

	/**
	 * Returns the active holders of a scope who have a login, ordered by class, last name, first name and login.
	 */
	List<AccountHolder> inScope(AccountScope scope);

	/**
	 * Returns whether the person teaches the class of the establishment.
	 */
	boolean teaches(String teacherExternalId, Uai uai, String classCode);

}
