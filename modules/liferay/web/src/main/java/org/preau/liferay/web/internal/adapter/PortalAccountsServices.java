package org.preau.liferay.web.internal.adapter;

import com.liferay.expando.kernel.model.ExpandoTableConstants;
import com.liferay.expando.kernel.service.ExpandoValueLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.util.function.LongSupplier;

import org.preau.core.accounts.service.SuspensionService;
import org.preau.core.audit.service.Auditor;
import org.preau.liferay.service.AccountSuspensionLocalService;
import org.preau.liferay.service.GuestAccountLocalService;
import org.preau.liferay.service.TeachingAssignmentLocalService;

/**
 * Builds the core's account use cases of a portal instance over its users and Préau's guest and suspension tables. It
 * stands apart from the wiring component so that tests run exactly the assembly the portal runs.
 */
public class PortalAccountsServices {

	public PortalAccountsServices(
		Auditor auditor, Clock clock, LongSupplier companyIdSupplier,
		AccountSuspensionLocalService accountSuspensionLocalService,
		ExpandoValueLocalService expandoValueLocalService,
		GuestAccountLocalService guestAccountLocalService,
		RoleLocalService roleLocalService,
		TeachingAssignmentLocalService teachingAssignmentLocalService,
		UserGroupLocalService userGroupLocalService,
		UserLocalService userLocalService) {

		_portalGuests = new PortalGuests(
			companyIdSupplier, guestAccountLocalService);

		_suspensionService = new SuspensionService(
			new PortalAccounts(companyIdSupplier, userLocalService),
			new PortalAccountHolders(
				_portalGuests,
				PortalImportServices.people(
					companyIdSupplier, expandoValueLocalService,
					roleLocalService, userGroupLocalService,
					userLocalService),
				new PortalPersonLogins(
					companyIdSupplier,
					new CustomFields(
						User.class.getName(),
						ExpandoTableConstants.DEFAULT_TABLE_NAME,
						expandoValueLocalService),
					userLocalService),
				teachingAssignmentLocalService),
			new PortalSuspensions(
				companyIdSupplier, accountSuspensionLocalService),
			new PortalTransactions(), auditor, clock);
	}

	public PortalGuests getPortalGuests() {
		return _portalGuests;
	}

	/**
	 * Suspends and reactivates the instance's logins by deactivating and activating their users; a suspension's end
	 * day is reached by the scheduled {@code AccountsSchedulerJobConfiguration}.
	 */
	public SuspensionService getSuspensionService() {
		return _suspensionService;
	}

	private final PortalGuests _portalGuests;
	private final SuspensionService _suspensionService;

}
