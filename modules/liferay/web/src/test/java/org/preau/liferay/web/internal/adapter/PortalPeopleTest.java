package org.preau.liferay.web.internal.adapter;

import com.liferay.expando.kernel.model.ExpandoTableConstants;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Uai;
import org.preau.liferay.web.constants.PreauExpandoConstants;
import org.preau.liferay.web.constants.PreauRoleConstants;
import org.preau.liferay.web.internal.test.FakePortal;

public class PortalPeopleTest {

	@BeforeEach
	public void setUp() {
		OrganizationUais organizationUais = new OrganizationUais(
			_fakePortal.expandoValueLocalService());

		PortalEstablishments portalEstablishments = new PortalEstablishments(
			() -> FakePortal.COMPANY_ID,
			_fakePortal.organizationLocalService(), organizationUais,
			_fakePortal.userLocalService());

		portalEstablishments.save(
			new Establishment(
				_UAI_A, "Collège Jean Moulin", EstablishmentKind.COLLEGE,
				"Toulouse"));
		portalEstablishments.save(
			new Establishment(
				_UAI_B, "Lycée Pierre de Fermat", EstablishmentKind.LYCEE,
				"Toulouse"));

		_portalPeople = new PortalPeople(
			() -> FakePortal.COMPANY_ID, organizationUais,
			_fakePortal.roleLocalService(),
			new StructureUserGroups(
				_fakePortal.userGroupLocalService(),
				_fakePortal.userLocalService()),
			new CustomFields(
				User.class.getName(), ExpandoTableConstants.DEFAULT_TABLE_NAME,
				_fakePortal.expandoValueLocalService()),
			_fakePortal.userGroupLocalService(),
			_fakePortal.userLocalService());
	}

	@Test
	public void givenAPersonWhoMovesAndChangesProfile_thenTheirOrganizationAndRoleFollow() {
		Person person = _person("1", "Durand", "Léa", Profile.TEACHER);

		_portalPeople.save(person);

		_portalPeople.save(
			person.toBuilder(
			).profile(
				Profile.STAFF
			).uai(
				_UAI_B
			).build());

		User user = _fakePortal.user("lea.durand");

		Assertions.assertEquals(
			Set.of(_organizationId(_UAI_B)),
			_fakePortal.organizationIds(user.getUserId()));
		Assertions.assertEquals(
			Set.of(PreauRoleConstants.STAFF),
			_fakePortal.roleNames(user.getUserId()));
		Assertions.assertEquals(
			List.of(), _portalPeople.list(_UAI_A, Profile.TEACHER, 0, 10));
		Assertions.assertEquals(
			Optional.of(
				person.toBuilder(
				).profile(
					Profile.STAFF
				).uai(
					_UAI_B
				).build()),
			_portalPeople.find("1"));
	}

	@Test
	public void givenASuspendedPerson_thenTheirUserIsInactiveUntilTheyAreActiveAgain() {
		Person person = _person("1", "Durand", "Léa", Profile.TEACHER);

		_portalPeople.save(
			person.toBuilder(
			).state(
				PersonState.SUSPENDED
			).build());

		User user = _fakePortal.user("lea.durand");

		Assertions.assertEquals(
			WorkflowConstants.STATUS_INACTIVE, user.getStatus());

		_portalPeople.save(person);

		Assertions.assertEquals(
			WorkflowConstants.STATUS_APPROVED, user.getStatus());
	}

	@Test
	public void givenPeopleOfAnEstablishment_whenListed_thenOneProfileIsPagedByNameAndIdentifier() {
		_portalPeople.save(_person("3", "Martin", "Paul", Profile.TEACHER));
		_portalPeople.save(_person("2", "Dupont", "Zoé", Profile.TEACHER));
		_portalPeople.save(_person("1", "Dupont", "Anne", Profile.TEACHER));
		_portalPeople.save(_person("4", "Durand", "Léa", Profile.STAFF));

		Assertions.assertEquals(
			List.of("1", "2", "3"),
			_externalIds(
				_portalPeople.list(_UAI_A, Profile.TEACHER, 0, 10)));
		Assertions.assertEquals(
			List.of("2"),
			_externalIds(_portalPeople.list(_UAI_A, Profile.TEACHER, 1, 1)));
		Assertions.assertEquals(
			List.of(),
			_externalIds(_portalPeople.list(_UAI_A, Profile.TEACHER, 5, 10)));
		Assertions.assertEquals(
			List.of("4"),
			_externalIds(_portalPeople.list(_UAI_A, Profile.STAFF, 0, 10)));
	}

	private List<String> _externalIds(List<Person> people) {
		List<String> externalIds = new ArrayList<>();

		for (Person person : people) {
			externalIds.add(person.externalId());
		}

		return externalIds;
	}

	private long _organizationId(Uai uai) {
		for (Organization organization :
				_fakePortal.organizations().values()) {

			if (uai.value(
				).equals(
					_fakePortal.expando(
						Organization.class, PreauExpandoConstants.ORGANIZATION_UAI,
						organization.getOrganizationId())
				)) {

				return organization.getOrganizationId();
			}
		}

		throw new AssertionError("no organization for " + uai);
	}

	private Person _person(
		String externalId, String lastName, String firstName,
		Profile profile) {

		return Person.builder(
		).externalId(
			externalId
		).firstName(
			firstName
		).lastName(
			lastName
		).profile(
			profile
		).source(
			Source.STS
		).uai(
			_UAI_A
		).build();
	}

	private static final Uai _UAI_A = Uai.of("0310001A");

	private static final Uai _UAI_B = Uai.of("0310002B");

	private final FakePortal _fakePortal = new FakePortal();

	private PortalPeople _portalPeople;

}
