package org.preau.liferay.web.internal.adapter;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.model.GuestKind;
import org.preau.core.accounts.port.out.Guests;
import org.preau.core.directory.model.Uai;
import org.preau.liferay.model.GuestAccount;
import org.preau.liferay.service.GuestAccountLocalService;

/**
 * The guests of the portal instance in Préau's GuestAccount table; an expiry day is kept as its first instant in UTC.
 */
public class PortalGuests implements Guests {

	public PortalGuests(
		LongSupplier companyIdSupplier,
		GuestAccountLocalService guestAccountLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_guestAccountLocalService = guestAccountLocalService;
	}

	@Override
	public List<Guest> expiredBy(LocalDate day) {
		List<Guest> guests = new ArrayList<>();

		for (GuestAccount guestAccount :
				_guestAccountLocalService.getCompanyGuestAccounts(
					_companyIdSupplier.getAsLong())) {

			Guest guest = _toGuest(guestAccount);

			if (!guest.expiresOn(
				).isAfter(
					day
				)) {

				guests.add(guest);
			}
		}

		return guests;
	}

	@Override
	public Optional<Guest> find(String login) {
		return Optional.ofNullable(
			_guestAccountLocalService.fetchGuestAccount(
				_companyIdSupplier.getAsLong(), login)
		).map(
			PortalGuests::_toGuest
		);
	}

	@Override
	public List<Guest> list(Uai uai) {
		List<Guest> guests = new ArrayList<>();

		for (GuestAccount guestAccount :
				_guestAccountLocalService.getGuestAccounts(
					_companyIdSupplier.getAsLong(), uai.value())) {

			guests.add(_toGuest(guestAccount));
		}

		return guests;
	}

	@Override
	public void save(Guest guest) {
		_guestAccountLocalService.saveGuestAccount(
			_companyIdSupplier.getAsLong(), guest.login(),
			guest.uai(
			).value(),
			guest.kind(
			).key(),
			guest.firstName(), guest.lastName(),
			guest.email(
			).orElse(
				null
			),
			guest.sponsor(), toDate(guest.expiresOn()), guest.createdBy(),
			Date.from(guest.createdAt()));
	}

	static LocalDate toDay(Date date) {
		if (date == null) {
			return null;
		}

		return date.toInstant(
		).atOffset(
			ZoneOffset.UTC
		).toLocalDate();
	}

	static Date toDate(LocalDate day) {
		if (day == null) {
			return null;
		}

		return Date.from(
			day.atStartOfDay(
			).toInstant(
				ZoneOffset.UTC
			));
	}

	private static Guest _toGuest(GuestAccount guestAccount) {
		return new Guest(
			guestAccount.getLogin(), Uai.of(guestAccount.getUai()),
			GuestKind.parse(guestAccount.getKind()),
			guestAccount.getFirstName(), guestAccount.getLastName(),
			guestAccount.getEmailAddress(), guestAccount.getSponsor(),
			toDay(guestAccount.getExpiryDate()), guestAccount.getCreatedBy(),
			guestAccount.getCreateDate(
			).toInstant());
	}

	private final LongSupplier _companyIdSupplier;
	private final GuestAccountLocalService _guestAccountLocalService;

}
