package org.preau.core.accounts.model;

/**
 * Thrown when a chosen password breaks the {@link PasswordPolicy}; nothing was changed.
 */
public class PasswordRefusedException extends IllegalArgumentException {

	public PasswordRefusedException(PasswordPolicy.Violation violation) {
		super("the password is refused: " + violation);

		_violation = violation;
	}

	public PasswordPolicy.Violation violation() {
		return _violation;
	}

	private static final long serialVersionUID = 1L;

	private final PasswordPolicy.Violation _violation;

}
