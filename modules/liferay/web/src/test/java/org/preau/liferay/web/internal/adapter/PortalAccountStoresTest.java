package org.preau.liferay.web.internal.adapter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.model.GuestKind;
import org.preau.core.accounts.model.SuspensionEvent;
import org.preau.core.directory.model.Uai;
import org.preau.liferay.web.internal.test.FakeAccountsTables;

public class PortalAccountStoresTest {

	@Test
	public void givenGuestsSavedTwice_thenOneRowEachWithTheLatestExpiryAndOnlyTheDueOnesExpired() {
		_portalGuests.save(_guest("mvisiteur", _DAY.plusDays(10)));
		_portalGuests.save(_guest("mvisiteur", _DAY));
		_portalGuests.save(_guest("pstagiaire", _DAY.plusDays(1)));
		new PortalGuests(
			() -> _OTHER_COMPANY_ID, _tables.guestAccountLocalService()
		).save(
			_guest("aautre", _DAY.minusDays(3))
		);

		Assertions.assertEquals(3, _tables.guestAccounts().size());

		Guest guest = _portalGuests.find(
			"mvisiteur"
		).get();

		Assertions.assertEquals(_DAY, guest.expiresOn());
		Assertions.assertEquals(GuestKind.PARTNER, guest.kind());
		Assertions.assertEquals(_UAI, guest.uai());
		Assertions.assertEquals("jdupont", guest.sponsor());
		Assertions.assertEquals(_AT, guest.createdAt());
		Assertions.assertEquals(
			List.of("mvisiteur"), _logins(_portalGuests.expiredBy(_DAY)));
		Assertions.assertEquals(
			List.of("pstagiaire", "mvisiteur"),
			_logins(_portalGuests.list(_UAI)));
		Assertions.assertTrue(
			_portalGuests.find(
				"aautre"
			).isEmpty());
	}

	@Test
	public void givenASuspensionThenAReactivation_thenTheLoginIsNoLongerSuspendedAndNothingEnds() {
		_portalSuspensions.recordAll(
			List.of(
				SuspensionEvent.suspension(
					_AT, "jdupont", "lndiaye", _UAI, "exclusion", _DAY),
				SuspensionEvent.suspension(
					_AT, "jdupont", "elefevre", _UAI, "trip", _DAY.plusDays(1))));

		Assertions.assertTrue(_portalSuspensions.suspended("lndiaye"));
		Assertions.assertEquals(
			List.of("lndiaye"),
			_eventLogins(_portalSuspensions.endingBy(_DAY)));

		_portalSuspensions.recordAll(
			List.of(
				SuspensionEvent.reactivation(
					_AT.plusSeconds(60), "jdupont", "lndiaye", _UAI,
					"came back")));

		Assertions.assertFalse(_portalSuspensions.suspended("lndiaye"));
		Assertions.assertFalse(_portalSuspensions.suspended("nobody"));
		Assertions.assertEquals(
			List.of(), _eventLogins(_portalSuspensions.endingBy(_DAY)));
		Assertions.assertEquals(
			List.of("elefevre"),
			_eventLogins(_portalSuspensions.endingBy(_DAY.plusDays(1))));

		List<SuspensionEvent> history = _portalSuspensions.history(_UAI, 2);

		Assertions.assertEquals(2, history.size());
		Assertions.assertEquals(
			SuspensionEvent.ACTION_REACTIVATE,
			history.get(
				0
			).action());
		Assertions.assertEquals(
			"came back",
			history.get(
				0
			).reason());
		Assertions.assertEquals(
			_DAY.plusDays(1),
			history.get(
				1
			).until(
			).get());
	}

	private static List<String> _eventLogins(List<SuspensionEvent> events) {
		return events.stream(
		).map(
			SuspensionEvent::login
		).collect(
			Collectors.toList()
		);
	}

	private static Guest _guest(String login, LocalDate expiresOn) {
		return new Guest(
			login, _UAI, GuestKind.PARTNER, "Marie", "Visiteur",
			"marie@example.org", "jdupont", expiresOn, "jdupont", _AT);
	}

	private static List<String> _logins(List<Guest> guests) {
		return guests.stream(
		).map(
			Guest::login
		).collect(
			Collectors.toList()
		);
	}

	private static final Instant _AT = Instant.parse("2026-03-02T08:00:00Z");

	private static final LocalDate _DAY = LocalDate.of(2026, 3, 10);

	private static final long _OTHER_COMPANY_ID = 2L;

	private static final Uai _UAI = Uai.of("0310001A");

	private final FakeAccountsTables _tables = new FakeAccountsTables();
	private final PortalGuests _portalGuests = new PortalGuests(
		() -> 1L, _tables.guestAccountLocalService());
	private final PortalSuspensions _portalSuspensions = new PortalSuspensions(
		() -> 1L, _tables.accountSuspensionLocalService());

}
