package org.preau.liferay.web.internal.security;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;
import org.preau.liferay.web.internal.adapter.OrganizationUais;
import org.preau.liferay.web.internal.adapter.PortalRightsServices;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.FakeRightsTables;
import org.preau.liferay.web.internal.test.Fakes;
import org.preau.liferay.web.internal.test.PortalImports;

/**
 * The actor of a portal user at each request, over a portal instance in memory into which the collège's staff were
 * imported: the direction administers the collège while the directory lists them there, and nobody else does.
 */
public class PortalRequestActorsTest {

	@BeforeEach
	public void setUp() throws Exception {
		_portalImports = new PortalImports(_tempDir);

		_portalImports.install();

		_import(_STAFF);

		FakePortal fakePortal = _portalImports.fakePortal();
		FakeRightsTables fakeRightsTables = new FakeRightsTables();

		_portalRightsServices = fakeRightsTables.portalRightsServices(fakePortal);
	}

	@AfterEach
	public void tearDown() {
		_portalImports.uninstall();
	}

	@Test
	public void givenNoFunctionSet_thenTheDirectionAdministersNothing() {
		Actor actor = _actor(
			_user("Hélène"), Set.of());

		Assertions.assertEquals(Set.of(), actor.grants());
	}

	@Test
	public void givenTheDirectionLeavesTheCollege_thenTheNextImportTakesTheGrantAway()
		throws Exception {

		User head = _user("Hélène");

		Assertions.assertTrue(
			_actor(
				head, EnumSet.of(StaffFunction.DIR)
			).isAdministratorOf(
				PortalImports.UAI
			));

		_import(
			"identifiant;nom;prénom;date de naissance;mail;uai;fonction\n" +
				"5002;Marchand;Paul;12/09/1975;;0310001A;DOC\n");

		Actor actor = _actor(head, EnumSet.of(StaffFunction.DIR));

		Assertions.assertEquals(Set.of(), actor.grants());
	}

	@Test
	public void givenTheHeadOfTheCollege_thenTheyAdministerItAndOnlyIt() {
		Actor actor = _actor(_user("Hélène"), EnumSet.of(StaffFunction.DIR));

		Assertions.assertEquals(
			Set.of(AdminGrant.establishment(PortalImports.UAI)),
			actor.grants());
		Assertions.assertFalse(actor.isAdministratorOf(Uai.of("0310002B")));
	}

	@Test
	public void givenTheDocumentalist_thenTheyAdministerNothing() {
		Actor actor = _actor(_user("Paul"), EnumSet.of(StaffFunction.DIR));

		Assertions.assertEquals("paul.marchand", actor.login());
		Assertions.assertEquals(Set.of(), actor.grants());
	}

	private Actor _actor(User user, Set<StaffFunction> functions) {
		PortalActors portalActors = new PortalActors(
			Fakes.service(
				OrganizationLocalService.class,
				Map.of("getUserOrganizations", arguments -> List.of())),
			new OrganizationUais(
				_portalImports.fakePortal(
				).expandoValueLocalService()),
			_portalImports.fakePortal(
			).roleLocalService(),
			Fakes.service(UserGroupRoleLocalService.class, Map.of()),
			companyId -> _portalRightsServices.requestActors(functions));

		return portalActors.actor(
			user,
			Fakes.service(
				PermissionChecker.class, Map.of("isOmniadmin", arguments -> false))
		).get();
	}

	private void _import(String staff) throws Exception {
		_portalImports.importFeed("personnels.csv", staff);
	}

	private User _user(String firstName) {
		for (User user :
				_portalImports.fakePortal(
				).users(
				).values()) {

			if (firstName.equals(user.getFirstName())) {
				return user;
			}
		}

		throw new AssertionError("the import made no user " + firstName);
	}

	private static final String _STAFF =
		"identifiant;nom;prénom;date de naissance;mail;uai;fonction\n" +
			"5001;Rousseau;Hélène;04/03/1968;;0310001A;DIR\n" +
				"5002;Marchand;Paul;12/09/1975;;0310001A;DOC\n";

	private PortalImports _portalImports;
	private PortalRightsServices _portalRightsServices;

	@TempDir
	private Path _tempDir;

}
