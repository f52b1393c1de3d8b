package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.function.LongSupplier;

import org.preau.core.accounts.model.IssuedCredential;

/**
 * Makes an issued code its user's password, with a reset required: the portal's password policy then has its holder
 * choose their own at the first sign-in.
 */
public class PortalPasswords {

	public PortalPasswords(
		LongSupplier companyIdSupplier, UserLocalService userLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_userLocalService = userLocalService;
	}

	/**
	 * @return the user whose password the code now is
	 */
	public User set(IssuedCredential issuedCredential) {
		String login = issuedCredential.holder(
		).login();

		User user = _userLocalService.fetchUserByScreenName(
			_companyIdSupplier.getAsLong(), login);

		if (user == null) {
			throw new IllegalStateException(
				"no user of the portal has the login " + login);
		}

		try {
			return _userLocalService.updatePassword(
				user.getUserId(), issuedCredential.secret(),
				issuedCredential.secret(), true);
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"the portal refused the code of " + login + " as a password",
				portalException);
		}
	}

	private final LongSupplier _companyIdSupplier;
	private final UserLocalService _userLocalService;

}
