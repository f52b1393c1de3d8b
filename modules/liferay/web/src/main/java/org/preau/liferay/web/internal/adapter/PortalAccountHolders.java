package org.preau.liferay.web.internal.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.port.out.AccountHolders;
import org.preau.core.accounts.port.out.PersonLogins;
import org.preau.core.accounts.service.GuestService;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;
import org.preau.liferay.model.TeachingAssignment;
import org.preau.liferay.service.TeachingAssignmentLocalService;

/**
 * The holders of the portal instance's logins: the directory's people, whose login is their user's screen name, and
 * the guests. A scope is an establishment's active people of a profile, its pupils possibly of one class; the portal
 * does not yet select by level or parents by their children's class, and says so.
 */
public class PortalAccountHolders implements AccountHolders {

	public PortalAccountHolders(
		PortalGuests portalGuests, PortalPeople portalPeople,
		PersonLogins personLogins,
		TeachingAssignmentLocalService teachingAssignmentLocalService) {

		_portalGuests = portalGuests;
		_portalPeople = portalPeople;
		_personLogins = personLogins;
		_teachingAssignmentLocalService = teachingAssignmentLocalService;
	}

	@Override
	public Optional<AccountHolder> byLogin(String login) {
		Optional<Guest> guest = _portalGuests.find(login);

		if (guest.isPresent()) {
			return guest.map(PortalAccountHolders::_toHolder);
		}

		return _personLogins.externalIdOf(
			login
		).flatMap(
			_portalPeople::find
		).map(
			person -> _toHolder(login, person)
		);
	}

	@Override
	public List<AccountHolder> inScope(AccountScope scope) {
		if (scope.mefCode(
			).isPresent() ||
			(scope.classCode(
			).isPresent() &&
			 (scope.profile() != Profile.PUPIL))) {

			throw new IllegalArgumentException(
				"the portal selects no accounts by level nor by the class " +
					"of a parent's children: " + scope.describe());
		}

		List<AccountHolder> holders = new ArrayList<>();

		for (Person person :
				_portalPeople.list(
					scope.uai(), scope.profile(), 0, Integer.MAX_VALUE)) {

			if ((person.state() != PersonState.ACTIVE) ||
				(scope.classCode(
				).isPresent() &&
				 !scope.classCode(
				 ).equals(
					 person.classCode()
				 ))) {

				continue;
			}

			Optional<String> login = _personLogins.loginOf(
				person.externalId());

			if (login.isPresent()) {
				holders.add(_toHolder(login.get(), person));
			}
		}

		return holders;
	}

	@Override
	public boolean teaches(
		String teacherExternalId, Uai uai, String classCode) {

		for (TeachingAssignment teachingAssignment :
				_teachingAssignmentLocalService.getTeachingAssignmentsByTeacher(
					teacherExternalId)) {

			if (!teachingAssignment.getGroupStructure() &&
				uai.value(
				).equals(
					teachingAssignment.getUai()
				) &&
				classCode.equals(teachingAssignment.getStructureCode())) {

				return true;
			}
		}

		return false;
	}

	private static AccountHolder _toHolder(Guest guest) {
		return new AccountHolder(
			guest.login(), GuestService.GUEST_PREFIX + guest.login(),
			guest.firstName(), guest.lastName(), Profile.GUEST, guest.uai(),
			null,
			guest.email(
			).orElse(
				null
			));
	}

	private static AccountHolder _toHolder(String login, Person person) {
		return new AccountHolder(
			login, person.externalId(), person.firstName(), person.lastName(),
			person.profile(), person.uai(),
			person.classCode(
			).orElse(
				null
			),
			person.email(
			).orElse(
				null
			));
	}

	private final PersonLogins _personLogins;
	private final PortalGuests _portalGuests;
	private final PortalPeople _portalPeople;
	private final TeachingAssignmentLocalService
		_teachingAssignmentLocalService;

}
