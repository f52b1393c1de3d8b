package org.preau.core.accounts.model;

/**
 * What mailing the codes of a scope's parents did: how many parents were mailed a new code, and how many have no known
 * address, so were not mailed and keep their codes, for the printed sheets.
 */
public final class MailedCredentials {

	public MailedCredentials(int mailed, int withoutAddress) {
		if ((mailed < 0) || (withoutAddress < 0)) {
			throw new IllegalArgumentException(
				"counts of parents cannot be negative");
		}

		_mailed = mailed;
		_withoutAddress = withoutAddress;
	}

	public int mailed() {
		return _mailed;
	}

	public int withoutAddress() {
		return _withoutAddress;
	}

	private final int _mailed;
	private final int _withoutAddress;

}
