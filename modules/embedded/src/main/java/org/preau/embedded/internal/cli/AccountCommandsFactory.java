package org.preau.embedded.internal.cli;

import java.io.PrintStream;

import org.preau.core.accounts.port.in.IssueCredentials;
import org.preau.core.accounts.port.in.ManageGuests;
import org.preau.core.accounts.port.in.SuspendAccounts;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.web.accounts.sheets.CredentialCsv;
import org.preau.web.accounts.sheets.CredentialSheets;

/**
 * The account use cases and writers the command line needs, bound to its output when it is created.
 */
public class AccountCommandsFactory {

	public AccountCommandsFactory(
		IssueCredentials issueCredentials, SuspendAccounts suspendAccounts,
		ManageGuests manageGuests,
		GetEstablishmentOverview getEstablishmentOverview,
		CredentialSheets credentialSheets, CredentialCsv credentialCsv) {

		_issueCredentials = issueCredentials;
		_suspendAccounts = suspendAccounts;
		_manageGuests = manageGuests;
		_getEstablishmentOverview = getEstablishmentOverview;
		_credentialSheets = credentialSheets;
		_credentialCsv = credentialCsv;
	}

	AccountCommands create(PrintStream out) {
		return new AccountCommands(
			_issueCredentials, _suspendAccounts, _manageGuests,
			_getEstablishmentOverview, _credentialSheets, _credentialCsv, out);
	}

	private final CredentialCsv _credentialCsv;
	private final CredentialSheets _credentialSheets;
	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final IssueCredentials _issueCredentials;
	private final ManageGuests _manageGuests;
	private final SuspendAccounts _suspendAccounts;

}
