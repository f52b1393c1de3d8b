package org.preau.liferay.web.internal.security;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.Authenticator;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.internal.PreauPortalServices;

/**
 * Turns away at sign-in, before the portal checks the password, a login that Préau has suspended or a guest whose
 * expiry day has come, even when their user is still active: the hourly job has not run yet, or an import has set the
 * person's user active again. Anyone else goes on to the portal's own checks.
 */
@Component(
	property = "key=auth.pipeline.pre", service = Authenticator.class
)
public class SignInGateAuthenticator implements Authenticator {

	@Override
	public int authenticateByEmailAddress(
		long companyId, String emailAddress, String password,
		Map<String, String[]> headerMap, Map<String, String[]> parameterMap) {

		return _check(
			companyId,
			_userLocalService.fetchUserByEmailAddress(
				companyId, emailAddress));
	}

	@Override
	public int authenticateByScreenName(
		long companyId, String screenName, String password,
		Map<String, String[]> headerMap, Map<String, String[]> parameterMap) {

		return _check(
			companyId,
			_userLocalService.fetchUserByScreenName(companyId, screenName));
	}

	@Override
	public int authenticateByUserId(
		long companyId, long userId, String password,
		Map<String, String[]> headerMap, Map<String, String[]> parameterMap) {

		return _check(companyId, _userLocalService.fetchUser(userId));
	}

	private int _check(long companyId, User user) {
		if (user == null) {

			// The portal reports an unknown user itself

			return SUCCESS;
		}

		if (_preauPortalServices.getPortalAccountsServices(
				companyId
			).getSignInGate(
			).allows(
				user.getScreenName()
			)) {

			return SUCCESS;
		}

		return FAILURE;
	}

	@Reference
	private PreauPortalServices _preauPortalServices;

	@Reference
	private UserLocalService _userLocalService;

}
