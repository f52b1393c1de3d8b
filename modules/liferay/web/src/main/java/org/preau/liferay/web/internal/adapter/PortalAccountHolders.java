package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.dao.orm.QueryUtil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.port.out.AccountHolders;
import org.preau.core.accounts.port.out.PersonLogins;
import org.preau.core.accounts.service.GuestService;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.Structures;
import org.preau.liferay.model.ParentRelation;
import org.preau.liferay.model.TeachingAssignment;
import org.preau.liferay.service.ParentRelationLocalService;
import org.preau.liferay.service.TeachingAssignmentLocalService;

/**
 * The holders of the portal instance's logins: the directory's people, whose login is their user's screen name, and
 * the guests. A scope is an establishment's active people of a profile; pupils may be those of a class or of the
 * classes of a level (the MEF code the import keeps on each class's user group), parents those linked to a pupil of
 * the class or level. A parent's class is the first class, in code order, of their active children in the
 * establishment (within the scope's class or level, if it has one), as in the embedded host.
 */
public class PortalAccountHolders implements AccountHolders {

	public PortalAccountHolders(
		PortalGuests portalGuests, PortalPeople portalPeople,
		PersonLogins personLogins,
		ParentRelationLocalService parentRelationLocalService,
		Structures structures,
		TeachingAssignmentLocalService teachingAssignmentLocalService) {

		_portalGuests = portalGuests;
		_portalPeople = portalPeople;
		_personLogins = personLogins;
		_parentRelationLocalService = parentRelationLocalService;
		_structures = structures;
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
			person -> _toHolder(login, person, _classOf(person))
		);
	}

	@Override
	public List<AccountHolder> inScope(AccountScope scope) {
		Optional<Set<String>> classCodes = _classCodes(scope);

		Map<String, String> parentClasses = new HashMap<>();
		Set<String> parentIds = new HashSet<>();

		if (scope.profile() == Profile.PARENT) {
			_linkParents(scope.uai(), classCodes, parentIds, parentClasses);
		}

		List<AccountHolder> holders = new ArrayList<>();

		for (Person person :
				_portalPeople.list(
					scope.uai(), scope.profile(), 0, Integer.MAX_VALUE)) {

			if (person.state() != PersonState.ACTIVE) {
				continue;
			}

			String classCode = person.classCode(
			).orElse(
				null
			);

			if (scope.profile() == Profile.PARENT) {
				if (classCodes.isPresent() &&
					!parentIds.contains(person.externalId())) {

					continue;
				}

				classCode = parentClasses.get(person.externalId());
			}
			else if (!_inClasses(classCode, classCodes)) {
				continue;
			}

			Optional<String> login = _personLogins.loginOf(
				person.externalId());

			if (login.isPresent()) {
				holders.add(_toHolder(login.get(), person, classCode));
			}
		}

		holders.sort(_ORDER);

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

	private static AccountHolder _toHolder(
		String login, Person person, String classCode) {

		return new AccountHolder(
			login, person.externalId(), person.firstName(), person.lastName(),
			person.profile(), person.uai(), classCode,
			person.email(
			).orElse(
				null
			));
	}

	/**
	 * The class of a pupil, or the first class of a parent's active children in their establishment.
	 */
	private String _classOf(Person person) {
		if (person.profile() != Profile.PARENT) {
			return person.classCode(
			).orElse(
				null
			);
		}

		String first = null;

		for (ParentRelation parentRelation :
				_parentRelationLocalService.getParentRelationsByParent(
					person.externalId())) {

			Optional<Person> child = _portalPeople.find(
				parentRelation.getPupilExternalId());

			if (child.isPresent() &&
				(child.get(
				).state() == PersonState.ACTIVE) &&
				person.uai(
				).equals(
					child.get(
					).uai()
				)) {

				first = _first(
					first,
					child.get(
					).classCode(
					).orElse(
						null
					));
			}
		}

		return first;
	}

	/**
	 * The codes of the classes the scope narrows to: its class, or the classes of its level; empty if it takes the
	 * whole establishment.
	 */
	private Optional<Set<String>> _classCodes(AccountScope scope) {
		if (scope.classCode(
			).isPresent()) {

			return Optional.of(
				Set.of(
					scope.classCode(
					).get()));
		}

		if (scope.mefCode(
			).isEmpty()) {

			return Optional.empty();
		}

		Set<String> classCodes = new HashSet<>();

		for (SchoolClass schoolClass : _structures.classes(scope.uai())) {
			if (scope.mefCode(
				).equals(
					schoolClass.mefCode()
				)) {

				classCodes.add(schoolClass.code());
			}
		}

		return Optional.of(classCodes);
	}

	private static String _first(String classCode, String other) {
		if ((classCode == null) ||
			((other != null) && (other.compareTo(classCode) < 0))) {

			return other;
		}

		return classCode;
	}

	private static boolean _inClasses(
		String classCode, Optional<Set<String>> classCodes) {

		if (classCodes.isEmpty()) {
			return true;
		}

		if (classCode == null) {
			return false;
		}

		return classCodes.get(
		).contains(
			classCode
		);
	}

	/**
	 * Collects the parents linked to a pupil of the establishment in the classes, whatever the pupil's state, and
	 * the first class of each parent's active children there.
	 */
	private void _linkParents(
		Uai uai, Optional<Set<String>> classCodes, Set<String> parentIds,
		Map<String, String> parentClasses) {

		Map<String, Person> pupils = new HashMap<>();

		for (Person pupil :
				_portalPeople.list(uai, Profile.PUPIL, 0, Integer.MAX_VALUE)) {

			pupils.put(pupil.externalId(), pupil);
		}

		for (ParentRelation parentRelation :
				_parentRelationLocalService.getParentRelationsByUai(
					uai.value(), QueryUtil.ALL_POS, QueryUtil.ALL_POS)) {

			Person pupil = pupils.get(parentRelation.getPupilExternalId());

			if (pupil == null) {
				continue;
			}

			String classCode = pupil.classCode(
			).orElse(
				null
			);

			if (!_inClasses(classCode, classCodes)) {
				continue;
			}

			String parentId = parentRelation.getParentExternalId();

			parentIds.add(parentId);

			if (pupil.state() == PersonState.ACTIVE) {
				parentClasses.put(
					parentId, _first(parentClasses.get(parentId), classCode));
			}
		}
	}

	/**
	 * By class (those without one last), last name, first name and login, as the sheets are handed out.
	 */
	private static final Comparator<AccountHolder> _ORDER = Comparator.comparing(
		(AccountHolder accountHolder) -> accountHolder.classCode(
		).orElse(
			null
		),
		Comparator.nullsLast(Comparator.naturalOrder())
	).thenComparing(
		AccountHolder::lastName
	).thenComparing(
		AccountHolder::firstName
	).thenComparing(
		AccountHolder::login
	);

	private final ParentRelationLocalService _parentRelationLocalService;
	private final PersonLogins _personLogins;
	private final PortalGuests _portalGuests;
	private final PortalPeople _portalPeople;
	private final Structures _structures;
	private final TeachingAssignmentLocalService
		_teachingAssignmentLocalService;

}
