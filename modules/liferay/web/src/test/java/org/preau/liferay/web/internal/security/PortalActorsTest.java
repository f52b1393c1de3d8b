package org.preau.liferay.web.internal.security;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Uai;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;
import org.preau.liferay.web.constants.PreauExpandoConstants;
import org.preau.liferay.web.constants.PreauRoleConstants;
import org.preau.liferay.web.internal.adapter.OrganizationUais;
import org.preau.liferay.web.internal.test.FakeExpandoValues;
import org.preau.liferay.web.internal.test.Fakes;

public class PortalActorsTest {

	@BeforeEach
	public void setUp() {
		_portalActors = new PortalActors(
			Fakes.service(
				OrganizationLocalService.class,
				Map.of("getUserOrganizations", arguments -> _organizations)),
			new OrganizationUais(_expandoValues.service()),
			Fakes.service(
				RoleLocalService.class,
				Map.of(
					"hasUserRole",
					arguments -> _regularRoles.contains(arguments[2]))),
			Fakes.service(
				UserGroupRoleLocalService.class,
				Map.of(
					"hasUserGroupRole",
					arguments -> _organizationRoles.contains(
						arguments[1] + " " + arguments[2]))),
			companyId -> actor -> {
				_delegationCompanyIds.add(companyId);

				Set<AdminGrant> grants = new HashSet<>(actor.grants());

				grants.addAll(_delegatedGrants);

				return Actor.of(actor.login(), actor.displayName(), grants);
			});
	}

	@Test
	public void givenAnOmniadmin_thenTheyAdministerThePlatform() {
		Assertions.assertEquals(
			Set.of(AdminGrant.platform()),
			_portalActors.grants(_user(), _permissionChecker(true)));
	}

	@Test
	public void givenEstablishmentRolesInSeveralOrganizations_thenTheyAdministerEachOfThoseEstablishments() {
		_organization(10, 110, "0310001A");
		_organization(20, 120, "0310002B");
		_organization(30, 130, "0310003C");
		_organizationRoles.add(
			"110 " + PreauRoleConstants.ESTABLISHMENT_ADMINISTRATOR);
		_organizationRoles.add(
			"130 " + PreauRoleConstants.ESTABLISHMENT_ADMINISTRATOR);

		Set<AdminGrant> grants = _portalActors.grants(
			_user(), _permissionChecker(false));

		Assertions.assertEquals(
			Set.of(
				AdminGrant.establishment(Uai.of("0310001A")),
				AdminGrant.establishment(Uai.of("0310003C"))),
			grants);
	}

	@Test
	public void givenTheAcademyRole_thenTheyAdministerThePlatform() {
		_regularRoles.add(PreauRoleConstants.ACADEMY_ADMINISTRATOR);

		Assertions.assertEquals(
			Set.of(AdminGrant.platform()),
			_portalActors.grants(_user(), _permissionChecker(false)));
	}

	@Test
	public void givenTheEstablishmentRoleInAnOrganizationWithoutAValidUai_thenTheyAdministerNothing() {
		_organization(10, 110, "not a UAI");
		_organization(20, 120, null);
		_organizationRoles.add(
			"110 " + PreauRoleConstants.ESTABLISHMENT_ADMINISTRATOR);
		_organizationRoles.add(
			"120 " + PreauRoleConstants.ESTABLISHMENT_ADMINISTRATOR);

		Assertions.assertEquals(
			Set.of(), _portalActors.grants(_user(), _permissionChecker(false)));
	}

	@Test
	public void givenADelegationOfTheUsersInstance_thenTheActorHoldsItBesideTheRoles() {
		_organization(10, 110, "0310001A");
		_organizationRoles.add(
			"110 " + PreauRoleConstants.ESTABLISHMENT_ADMINISTRATOR);
		_delegatedGrants.add(AdminGrant.establishment(Uai.of("0310009Z")));

		Actor actor = _portalActors.actor(
			_user(), _permissionChecker(false)
		).get();

		Assertions.assertEquals(List.of(_COMPANY_ID), _delegationCompanyIds);
		Assertions.assertTrue(actor.isAdministratorOf(Uai.of("0310001A")));
		Assertions.assertTrue(actor.isAdministratorOf(Uai.of("0310009Z")));
		Assertions.assertFalse(actor.isAdministratorOf(Uai.of("0310002B")));
	}

	@Test
	public void givenTheGuestUser_thenThereIsNoActor() {
		User user = Fakes.model(
			User.class, Fakes.properties("guestUser", true, "userId", 5L));

		Assertions.assertEquals(
			Optional.empty(),
			_portalActors.actor(user, _permissionChecker(false)));
	}

	@Test
	public void givenTheMemberOfAnEstablishmentWithoutTheRole_thenTheyAdministerNothing() {
		_organization(10, 110, "0310001A");
		_regularRoles.add(PreauRoleConstants.PUPIL);

		Actor actor = _portalActors.actor(
			_user(), _permissionChecker(false)
		).get();

		Assertions.assertEquals("jdupont", actor.login());
		Assertions.assertEquals("Jeanne Dupont", actor.displayName());
		Assertions.assertEquals(Set.of(), actor.grants());
	}

	private void _organization(
		long organizationId, long groupId, String uai) {

		_organizations.add(
			Fakes.model(
				Organization.class,
				Fakes.properties(
					"companyId", _COMPANY_ID, "groupId", groupId,
					"organizationId", organizationId)));

		if (uai != null) {
			_expandoValues.put(
				PreauExpandoConstants.ORGANIZATION_UAI, organizationId, uai);
		}
	}

	private PermissionChecker _permissionChecker(boolean omniadmin) {
		return Fakes.service(
			PermissionChecker.class,
			Map.of("isOmniadmin", arguments -> omniadmin));
	}

	private User _user() {
		return Fakes.model(
			User.class,
			Fakes.properties(
				"companyId", _COMPANY_ID, "fullName", "Jeanne Dupont",
				"screenName", "jdupont", "userId", 5L));
	}

	private static final long _COMPANY_ID = 1L;

	private final Set<AdminGrant> _delegatedGrants = new HashSet<>();
	private final List<Long> _delegationCompanyIds = new ArrayList<>();
	private final FakeExpandoValues _expandoValues = new FakeExpandoValues();
	private final Set<String> _organizationRoles = new HashSet<>();
	private final List<Organization> _organizations = new ArrayList<>();
	private PortalActors _portalActors;
	private final Set<String> _regularRoles = new HashSet<>();

}
