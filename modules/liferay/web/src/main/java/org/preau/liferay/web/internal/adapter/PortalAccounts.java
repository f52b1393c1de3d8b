package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Collections;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.preau.core.accounts.model.Account;
import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.port.out.Accounts;
import org.preau.core.accounts.port.out.Guests;
import org.preau.core.directory.model.Profile;

/**
 * In the portal an account is the user of the login's screen name, enabled while the user is active. The portal keeps
 * the passwords and the administrators' roles itself, so an account read here has neither, and saving one changes
 * only whether its user is active. The directory's import makes the users of its people; the account of a new guest
 * is the one made here: a user of the guest's login and names, a member of their establishment's organization with
 * the role of the guest profile.
 */
public class PortalAccounts implements Accounts {

	public PortalAccounts(
		LongSupplier companyIdSupplier, Guests guests, PortalUsers portalUsers,
		UserLocalService userLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_guests = guests;
		_portalUsers = portalUsers;
		_userLocalService = userLocalService;
	}

	@Override
	public int count() {
		return _userLocalService.getCompanyUsersCount(
			_companyIdSupplier.getAsLong());
	}

	@Override
	public Optional<Account> find(String login) {
		User user = _userLocalService.fetchUserByScreenName(
			_companyIdSupplier.getAsLong(), login);

		if (user == null) {
			return Optional.empty();
		}

		return Optional.of(
			new Account(
				login, user.getFirstName() + " " + user.getLastName(), "",
				Collections.emptySet(),
				user.getStatus() == WorkflowConstants.STATUS_APPROVED));
	}

	/**
	 * Adds the user of a guest who has none.
	 *
	 * @throws IllegalArgumentException if no user of the portal instance has the login as screen name and the login
	 *         is no guest's: the users of the directory's people are made by the import
	 */
	@Override
	public void save(Account account) {
		long companyId = _companyIdSupplier.getAsLong();

		User user = _userLocalService.fetchUserByScreenName(
			companyId, account.login());

		if (user == null) {
			Guest guest = _guests.find(
				account.login()
			).orElseThrow(
				() -> new IllegalArgumentException(
					"no user of the portal has the login " + account.login())
			);

			user = _portalUsers.add(
				companyId, guest.login(), guest.firstName(), guest.lastName(),
				guest.email(
				).orElse(
					null
				),
				null, guest.uai(), Profile.GUEST);
		}

		int status = WorkflowConstants.STATUS_INACTIVE;

		if (account.enabled()) {
			status = WorkflowConstants.STATUS_APPROVED;
		}

		if (user.getStatus() == status) {
			return;
		}

		try {
			_userLocalService.updateStatus(
				user.getUserId(), status, new ServiceContext());
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"cannot change the status of user " + user.getUserId(),
				portalException);
		}
	}

	private final LongSupplier _companyIdSupplier;
	private final Guests _guests;
	private final PortalUsers _portalUsers;
	private final UserLocalService _userLocalService;

}
