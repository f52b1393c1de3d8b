package org.preau.liferay.web.internal.adapter;

import java.util.Collections;
import java.util.List;

import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.Distribution;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.accounts.port.in.IssueCredentials;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.Actor;

/**
 * In the portal, an activation code is the user's password with a reset required: the portal's password policy makes
 * its holder choose their own at the first sign-in. The core's credential service checks the rights, keeps only the
 * codes' hashes and the distribution history; each code it issues then becomes its user's password.
 */
public class PortalCredentials implements IssueCredentials {

	public PortalCredentials(
		IssueCredentials issueCredentials, PortalPasswords portalPasswords) {

		_issueCredentials = issueCredentials;
		_portalPasswords = portalPasswords;
	}

	@Override
	public List<Distribution> history(Actor actor, Uai uai, int limit) {
		return _issueCredentials.history(actor, uai, limit);
	}

	@Override
	public List<IssuedCredential> issue(Actor actor, AccountScope scope) {
		return _setPasswords(_issueCredentials.issue(actor, scope));
	}

	@Override
	public IssuedCredential reset(Actor actor, String login) {
		return _setPasswords(
			Collections.singletonList(_issueCredentials.reset(actor, login))
		).get(
			0
		);
	}

	@Override
	public List<IssuedCredential> resetAll(Actor actor, AccountScope scope) {
		return _setPasswords(_issueCredentials.resetAll(actor, scope));
	}

	private List<IssuedCredential> _setPasswords(
		List<IssuedCredential> issuedCredentials) {

		for (IssuedCredential issuedCredential : issuedCredentials) {
			_portalPasswords.set(issuedCredential);
		}

		return issuedCredentials;
	}

	private final IssueCredentials _issueCredentials;
	private final PortalPasswords _portalPasswords;

}
