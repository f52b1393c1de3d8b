package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.Optional;
import java.util.function.LongSupplier;

import org.preau.core.accounts.port.out.PersonLogins;
import org.preau.core.accounts.service.GuestService;
import org.preau.liferay.web.constants.PreauExpandoConstants;

/**
 * In the portal a person's login is the screen name of the account the import made for them, and the person is the
 * account's external ID custom field. The import gives the screen name when it creates the account, so every person
 * of the directory already has their login and only guests' logins are left to give here.
 */
public class PortalPersonLogins implements PersonLogins {

	public PortalPersonLogins(
		LongSupplier companyIdSupplier, CustomFields userFields,
		UserLocalService userLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_userFields = userFields;
		_userLocalService = userLocalService;
	}

	@Override
	public Optional<String> externalIdOf(String login) {
		long companyId = _companyIdSupplier.getAsLong();

		User user = _userLocalService.fetchUserByScreenName(companyId, login);

		if (user == null) {
			return Optional.empty();
		}

		String externalId = _userFields.get(
			companyId, user.getUserId(), PreauExpandoConstants.USER_EXTERNAL_ID);

		if ((externalId == null) || externalId.isBlank()) {
			return Optional.empty();
		}

		return Optional.of(externalId);
	}

	/**
	 * A guest's login is kept by the user made for the guest in the same transaction (see {@link PortalAccounts}), so
	 * it can be given while no user has it as screen name.
	 *
	 * @return {@code false} for a person of the directory, whose account already carries their login, and for a login
	 *         that a user has
	 */
	@Override
	public boolean give(String login, String externalId) {
		if (!externalId.equals(GuestService.GUEST_PREFIX + login)) {
			return false;
		}

		return !taken(login);
	}

	@Override
	public Optional<String> loginOf(String externalId) {
		long companyId = _companyIdSupplier.getAsLong();

		return _userFields.classPK(
			companyId, PreauExpandoConstants.USER_EXTERNAL_ID, externalId
		).map(
			_userLocalService::fetchUser
		).map(
			User::getScreenName
		);
	}

	@Override
	public boolean taken(String login) {
		return _userLocalService.fetchUserByScreenName(
			_companyIdSupplier.getAsLong(), login) != null;
	}

	private final LongSupplier _companyIdSupplier;
	private final CustomFields _userFields;
	private final UserLocalService _userLocalService;

}
