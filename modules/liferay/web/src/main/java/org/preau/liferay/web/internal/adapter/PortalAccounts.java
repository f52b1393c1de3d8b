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
import org.preau.core.accounts.port.out.Accounts;

/**
 * In the portal an account is the user of the login's screen name, enabled while the user is active. The portal keeps
 * the passwords and the administrators' roles itself, so an account read here has neither, and saving one changes
 * only whether its user is active.
 */
public class PortalAccounts implements Accounts {

	public PortalAccounts(
		LongSupplier companyIdSupplier, UserLocalService userLocalService) {

		_companyIdSupplier = companyIdSupplier;
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
	 * @throws IllegalArgumentException if no user of the portal instance has the login as screen name: the portal's
	 *         users are made by the directory's import
	 */
	@Override
	public void save(Account account) {
		User user = _userLocalService.fetchUserByScreenName(
			_companyIdSupplier.getAsLong(), account.login());

		if (user == null) {
			throw new IllegalArgumentException(
				"no user of the portal has the login " + account.login());
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
	private final UserLocalService _userLocalService;

}
