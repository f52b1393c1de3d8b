package org.preau.core.accounts.port.in;

import java.util.Optional;

import org.preau.core.security.Actor;

/**
 * Signs in with a printed secret: an initial password signs in as it is; an activation code only lets its holder
 * choose a password. Every attempt is audited, the secret never.
 */
public interface ActivateAccount {

	/**
	 * Chooses the password of an account with its activation code, which is then spent.
	 *
	 * @return the actor, signed in, or empty if the code is wrong, expired or spent, or the account suspended
	 * @throws org.preau.core.accounts.model.PasswordRefusedException if the password breaks the policy; the code stays
	 *         valid
	 */
	Optional<Actor> activate(String login, char[] code, char[] password);

	/**
	 * Checks a secret typed on the sign-in page.
	 */
	CodeCheck check(String login, char[] secret);

	/**
	 * Changes the password of a signed-in user who typed their current one.
	 */
	void changePassword(Actor actor, char[] current, char[] password);

	/**
	 * What a secret typed on the sign-in page allows.
	 */
	final class CodeCheck {

		public static CodeCheck choosePassword() {
			return new CodeCheck(null, true);
		}

		public static CodeCheck invalid() {
			return new CodeCheck(null, false);
		}

		public static CodeCheck signedIn(Actor actor) {
			return new CodeCheck(actor, false);
		}

		/**
		 * The actor, if the secret was an initial password.
		 */
		public Optional<Actor> actor() {
			return Optional.ofNullable(_actor);
		}

		/**
		 * Whether the secret was a valid activation code: the holder is to choose a password.
		 */
		public boolean mustChoosePassword() {
			return _choosePassword;
		}

		private CodeCheck(Actor actor, boolean choosePassword) {
			_actor = actor;
			_choosePassword = choosePassword;
		}

		private final Actor _actor;
		private final boolean _choosePassword;

	}

}
