package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Uai;
import org.preau.core.rights.model.Grant;
import org.preau.core.rights.model.ModuleClosure;
import org.preau.core.rights.model.RightsMatrix;
import org.preau.core.rights.model.RightsOverride;
import org.preau.core.rights.model.RightsRole;
import org.preau.core.rights.model.ServiceAction;
import org.preau.core.rights.model.StandardServices;
import org.preau.liferay.web.internal.test.Fakes;

/**
 * The matrix applied to doubles of the portal's role and resource permission services that keep the resulting
 * permission state, as the portal would hold it.
 */
public class PortalRightsPermissionsTest {

	@Test
	public void givenClosedModule_thenNoRoleKeepsAnyActionOnItViewIncluded()
		throws Exception {

		_apply(
			List.of(),
			List.of(
				new ModuleClosure(
					_UAI, StandardServices.RESSOURCES_NUMERIQUES, "head",
					Instant.EPOCH, "another tool")));

		for (RightsRole rightsRole : RightsRole.values()) {
			Assertions.assertEquals(
				Set.of(),
				_actions(rightsRole, _DOCUMENTS_PORTLET),
				rightsRole.key());
			Assertions.assertEquals(
				Set.of(),
				_actions(rightsRole, "com.liferay.document.library"),
				rightsRole.key());
		}

		Assertions.assertEquals(
			Set.of("VIEW"),
			_actions(
				RightsRole.PUPIL,
				PortalServiceResources.preauPortletId(
					StandardServices.CAHIER_DE_TEXTES)),
			"the other modules stay open");
	}

	@Test
	public void givenMatrix_thenEachRoleGetsTheActionsOfItsCellsOnTheSchoolSite()
		throws Exception {

		_apply(
			List.of(
				new RightsOverride(
					_UAI,
					Grant.of(
						RightsRole.SOCIAL_WORKER, StandardServices.SANCTIONS,
						ServiceAction.CONSULT),
					true, "head", Instant.EPOCH, "follow-up")),
			List.of());

		Assertions.assertEquals(
			RightsRole.values().length, _roles.size(),
			"a regular role for each row of the matrix");
		Assertions.assertEquals(
			Set.of("VIEW"),
			_actions(
				RightsRole.SOCIAL_WORKER,
				PortalServiceResources.preauPortletId(
					StandardServices.SANCTIONS)),
			"the school's override");
		Assertions.assertEquals(
			Set.of(),
			_actions(
				RightsRole.NURSE,
				PortalServiceResources.preauPortletId(
					StandardServices.SANCTIONS)));
		Assertions.assertEquals(
			Set.of("VIEW"), _actions(RightsRole.TEACHER, _DOCUMENTS_PORTLET));
		Assertions.assertEquals(
			Set.of("ADD_DOCUMENT", "ADD_FOLDER"),
			_actions(RightsRole.TEACHER, "com.liferay.document.library"),
			"contributing to the portal's documents is adding to them");
		Assertions.assertEquals(
			Set.of("CONFIGURATION", "PERMISSIONS", "VIEW"),
			_actions(RightsRole.DOCUMENTATION, _DOCUMENTS_PORTLET));
		Assertions.assertEquals(
			Set.of(), _actions(RightsRole.PARENT, _DOCUMENTS_PORTLET));

		Map<String, Set<String>> first = new HashMap<>(_permissions);

		_apply(
			List.of(
				new RightsOverride(
					_UAI,
					Grant.of(
						RightsRole.SOCIAL_WORKER, StandardServices.SANCTIONS,
						ServiceAction.CONSULT),
					true, "head", Instant.EPOCH, "follow-up")),
			List.of());

		Assertions.assertEquals(first, _permissions, "applying again changes nothing");
		Assertions.assertEquals(RightsRole.values().length, _roles.size());
	}

	private Set<String> _actions(RightsRole rightsRole, String resourceName) {
		long roleId = _roles.get(PortalRightsPermissions.roleName(rightsRole));

		return _permissions.getOrDefault(
			resourceName + "|" + _GROUP_ID + "|" + roleId, Set.of());
	}

	private void _apply(
			List<RightsOverride> overrides, List<ModuleClosure> closures)
		throws Exception {

		RightsMatrix rightsMatrix = new RightsMatrix(
			StandardServices.all(), StandardServices.defaults(), overrides,
			closures);

		new PortalRightsPermissions(
			_roleLocalService(), _resourcePermissionLocalService(),
			Fakes.service(
				UserLocalService.class,
				Map.of("getGuestUserId", arguments -> 5L))
		).apply(
			_COMPANY_ID, _GROUP_ID, _UAI, rightsMatrix
		);
	}

	private ResourcePermissionLocalService _resourcePermissionLocalService() {
		return Fakes.service(
			ResourcePermissionLocalService.class,
			Map.of(
				"setResourcePermissions",
				arguments -> {

					// (companyId, name, scope, primKey, roleId, actionIds)

					Assertions.assertEquals(_COMPANY_ID, arguments[0]);
					Assertions.assertEquals(
						ResourceConstants.SCOPE_GROUP, arguments[2]);

					String key =
						arguments[1] + "|" + arguments[3] + "|" + arguments[4];

					Set<String> actions = new TreeSet<>(
						List.of((String[])arguments[5]));

					if (actions.isEmpty()) {
						_permissions.remove(key);
					}
					else {
						_permissions.put(key, actions);
					}

					return null;
				}));
	}

	private RoleLocalService _roleLocalService() {
		return Fakes.service(
			RoleLocalService.class,
			Map.of(
				"addRole",
				arguments -> {
					String name = (String)arguments[3];

					Assertions.assertFalse(_roles.containsKey(name));

					_roles.put(name, 100L + _roles.size());

					return _role(name);
				},
				"fetchRole",
				arguments -> _roles.containsKey(arguments[1]) ?
					_role((String)arguments[1]) : null));
	}

	private Role _role(String name) {
		return Fakes.model(
			Role.class,
			Fakes.properties(
				"companyId", _COMPANY_ID, "name", name, "roleId",
				_roles.get(name)));
	}

	private static final long _COMPANY_ID = 1L;

	private static final String _DOCUMENTS_PORTLET =
		"com_liferay_document_library_web_portlet_DLPortlet";

	private static final long _GROUP_ID = 42L;

	private static final Uai _UAI = Uai.of("0310001A");

	private final Map<String, Set<String>> _permissions = new HashMap<>();
	private final Map<String, Long> _roles = new HashMap<>();

}
