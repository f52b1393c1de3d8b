package org.preau.liferay.web.internal.adapter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import org.preau.core.accounts.model.SuspensionEvent;
import org.preau.core.accounts.port.out.Suspensions;
import org.preau.core.directory.model.Uai;
import org.preau.liferay.model.AccountSuspension;
import org.preau.liferay.service.AccountSuspensionLocalService;

/**
 * The suspensions and reactivations of the portal instance's logins in Préau's AccountSuspension table: a login is
 * suspended while its newest event is a suspension.
 */
public class PortalSuspensions implements Suspensions {

	public PortalSuspensions(
		LongSupplier companyIdSupplier,
		AccountSuspensionLocalService accountSuspensionLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_accountSuspensionLocalService = accountSuspensionLocalService;
	}

	@Override
	public List<SuspensionEvent> endingBy(LocalDate day) {
		List<SuspensionEvent> events = new ArrayList<>();
		Set<String> logins = new HashSet<>();

		for (AccountSuspension accountSuspension :
				_accountSuspensionLocalService.getCompanyAccountSuspensions(
					_companyIdSupplier.getAsLong())) {

			if (!logins.add(accountSuspension.getLogin())) {
				continue;
			}

			SuspensionEvent event = _toEvent(accountSuspension);

			Optional<LocalDate> until = event.until();

			if (SuspensionEvent.ACTION_SUSPEND.equals(event.action()) &&
				until.isPresent() && !until.get(
				).isAfter(
					day
				)) {

				events.add(event);
			}
		}

		return events;
	}

	@Override
	public List<SuspensionEvent> history(Uai uai, int limit) {
		List<SuspensionEvent> events = new ArrayList<>();

		for (AccountSuspension accountSuspension :
				_accountSuspensionLocalService.getAccountSuspensions(
					_companyIdSupplier.getAsLong(), uai.value(), 0, limit)) {

			events.add(_toEvent(accountSuspension));
		}

		return events;
	}

	@Override
	public void recordAll(Collection<SuspensionEvent> events) {
		long companyId = _companyIdSupplier.getAsLong();

		for (SuspensionEvent event : events) {
			_accountSuspensionLocalService.addAccountSuspension(
				companyId, event.login(),
				event.uai(
				).value(),
				event.action(), event.reason(),
				PortalGuests.toDate(
					event.until(
					).orElse(
						null
					)),
				event.actor(), Date.from(event.at()));
		}
	}

	@Override
	public boolean suspended(String login) {
		List<AccountSuspension> accountSuspensions =
			_accountSuspensionLocalService.getLoginAccountSuspensions(
				_companyIdSupplier.getAsLong(), login);

		if (accountSuspensions.isEmpty()) {
			return false;
		}

		AccountSuspension accountSuspension = accountSuspensions.get(0);

		return SuspensionEvent.ACTION_SUSPEND.equals(
			accountSuspension.getAction());
	}

	private static SuspensionEvent _toEvent(
		AccountSuspension accountSuspension) {

		return new SuspensionEvent(
			accountSuspension.getCreateDate(
			).toInstant(),
			accountSuspension.getActor(), accountSuspension.getLogin(),
			Uai.of(accountSuspension.getUai()), accountSuspension.getAction(),
			accountSuspension.getReason(),
			PortalGuests.toDay(accountSuspension.getUntilDate()));
	}

	private final AccountSuspensionLocalService _accountSuspensionLocalService;
	private final LongSupplier _companyIdSupplier;

}
