package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

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
		IssueCredentials issueCredentials, LongSupplier companyIdSupplier,
		UserLocalService userLocalService) {

		_issueCredentials = issueCredentials;
		_companyIdSupplier = companyIdSupplier;
		_userLocalService = userLocalService;
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

		long companyId = _companyIdSupplier.getAsLong();

		for (IssuedCredential issuedCredential : issuedCredentials) {
			String login = issuedCredential.holder(
			).login();

			User user = _userLocalService.fetchUserByScreenName(
				companyId, login);

			if (user == null) {
				throw new IllegalStateException(
					"no user of the portal has the login " + login);
			}

			try {
				_userLocalService.updatePassword(
					user.getUserId(), issuedCredential.secret(),
					issuedCredential.secret(), true);
			}
			catch (PortalException portalException) {
				throw new IllegalStateException(
					"the portal refused the code of " + login +
						" as a password",
					portalException);
			}
		}

		return issuedCredentials;
	}

	private final LongSupplier _companyIdSupplier;
	private final IssueCredentials _issueCredentials;
	private final UserLocalService _userLocalService;

}
