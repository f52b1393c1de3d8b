package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.function.LongSupplier;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.RenderParameters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.RightsDecision;
import org.preau.core.rights.model.RightsMatrix;
import org.preau.core.rights.model.RightsRole;
import org.preau.core.rights.model.ServiceAction;
import org.preau.core.rights.model.StandardServices;
import org.preau.core.rights.service.DecisionService;
import org.preau.liferay.model.AuditEvent;
import org.preau.liferay.model.RightsHistoryEntry;
import org.preau.liferay.model.RightsRule;
import org.preau.liferay.web.constants.PreauActionKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.PortalRightsPermissions;
import org.preau.liferay.web.internal.adapter.PortalRightsServices;
import org.preau.liferay.web.internal.adapter.PortalServiceResources;
import org.preau.liferay.web.internal.portlet.PortletUrls;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.FakeRightsTables;
import org.preau.liferay.web.internal.test.Fakes;
import org.preau.liferay.web.internal.test.PortalImports;
import org.preau.web.rights.RightsRoutes;

/**
 * The rights portlet's commands over the portal host's services, a portal instance in memory into which the collège
 * was imported, Préau's rights tables in memory, and doubles of the portal's role and resource permission services
 * that keep the resulting permission state of the collège's site, as the portal would hold it.
 */
public class RightsCommandsTest {

	@BeforeEach
	public void setUp() throws Exception {
		_portalImports = new PortalImports(_tempDir);

		_portalImports.install();

		_portalImports.importFeed("eleves.csv", PortalImports.PUPILS);

		FakePortal fakePortal = _portalImports.fakePortal();

		Assertions.assertEquals(1, fakePortal.organizations().size());

		_portalRightsServices = _tables.portalRightsServices(
			fakePortal, login -> Set.of(),
			_organizationLocalService(fakePortal.organizationLocalService()),
			_resourcePermissionLocalService(),
			_roleLocalService(fakePortal.roleLocalService()));

		_preauPortalServices = _portalImports.preauPortalServices();

		_inject(
			_preauPortalServices, "_companyIdSupplier",
			(LongSupplier)() -> FakePortal.COMPANY_ID);

		Field field = PreauPortalServices.class.getDeclaredField(
			"_portalRightsServices");

		field.setAccessible(true);

		@SuppressWarnings("unchecked")
		Map<Long, PortalRightsServices> portalRightsServicesByCompany =
			(Map<Long, PortalRightsServices>)field.get(_preauPortalServices);

		portalRightsServicesByCompany.put(
			FakePortal.COMPANY_ID, _portalRightsServices);
	}

	@AfterEach
	public void tearDown() {
		_portalImports.uninstall();
	}

	@Test
	public void givenAnAdministratorWhoClosesAModule_thenItIsStoredAndNoRoleKeepsEvenViewOnIt()
		throws Exception {

		_grantSocialWorkerCahierDeTextes();

		Assertions.assertEquals(
			Set.of("VIEW"), _actions(RightsRole.TEACHER, _CAHIER_PORTLET));

		Map<String, String> renderParameters = new HashMap<>();

		_submit(
			new EditModulesMVCActionCommand(), true,
			_fields(
				"operation", "close", "reason", "another tool this year",
				"service", StandardServices.CAHIER_DE_TEXTES, "uai",
				PortalImports.UAI.value()),
			renderParameters, new HashMap<>());

		Assertions.assertEquals(
			RightsRoutes.MODULES,
			renderParameters.get(PortletUrls.ROUTE_PARAMETER));
		Assertions.assertTrue(
			_portalRightsServices.getRightsService(
			).currentMatrix(
			).isClosed(
				PortalImports.UAI, StandardServices.CAHIER_DE_TEXTES
			));
		Assertions.assertTrue(
			_hasRule("closure", StandardServices.CAHIER_DE_TEXTES));
		Assertions.assertTrue(_audited("rights.close-module", "SUCCESS"));

		for (RightsRole rightsRole : RightsRole.values()) {
			Assertions.assertEquals(
				Set.of(), _actions(rightsRole, _CAHIER_PORTLET),
				rightsRole.key());
		}

		Assertions.assertEquals(
			Set.of("VIEW"),
			_actions(
				RightsRole.TEACHER,
				PortalServiceResources.preauPortletId(
					StandardServices.EVALUATIONS)),
			"the other modules stay open");
	}

	@Test
	public void givenAModuleClosedThroughThePortlet_thenTheExplainerCitesTheClosureForAPupilSignedInWithTheirScreenName()
		throws Exception {

		String login = null;

		for (User user : _portalImports.fakePortal().users().values()) {
			if ("Éloïse".equals(user.getFirstName())) {
				login = user.getScreenName();
			}
		}

		Assertions.assertNotNull(login, "the import made Éloïse's account");

		DecisionService decisionService =
			_portalRightsServices.getDecisionService();

		RightsDecision before = decisionService.can(
			_portalImports.actor(), login, StandardServices.CAHIER_DE_TEXTES,
			ServiceAction.CONSULT);

		Assertions.assertTrue(before.allowed(), before.toString());

		_submit(
			new EditModulesMVCActionCommand(), true,
			_fields(
				"operation", "close", "reason", "another tool this year",
				"service", StandardServices.CAHIER_DE_TEXTES, "uai",
				PortalImports.UAI.value()),
			new HashMap<>(), new HashMap<>());

		RightsDecision after = decisionService.can(
			_portalImports.actor(), login, StandardServices.CAHIER_DE_TEXTES,
			ServiceAction.CONSULT);

		Assertions.assertFalse(after.allowed(), after.toString());
		Assertions.assertTrue(
			after.toString(
			).contains(
				"the module " + StandardServices.CAHIER_DE_TEXTES +
					" is closed in " + PortalImports.UAI
			),
			after.toString());
		Assertions.assertTrue(_audited("rights.explain", "SUCCESS"));
	}

	@Test
	public void givenAnAdministratorWhoGrantsACell_thenItIsStoredAuditedAndThePortalPermissionsFollow()
		throws Exception {

		Assertions.assertFalse(
			_matrix().allows(
				PortalImports.UAI, Set.of(RightsRole.SOCIAL_WORKER),
				StandardServices.SANCTIONS, ServiceAction.CONSULT));

		Map<String, String> renderParameters = _grantSocialWorker(
			StandardServices.SANCTIONS);

		Assertions.assertEquals(
			Map.of(
				PortletUrls.ROUTE_PARAMETER, RightsRoutes.MATRIX, "changes",
				"1", "uai", PortalImports.UAI.value()),
			renderParameters);
		Assertions.assertTrue(
			_matrix().allows(
				PortalImports.UAI, Set.of(RightsRole.SOCIAL_WORKER),
				StandardServices.SANCTIONS, ServiceAction.CONSULT));
		Assertions.assertTrue(_hasRule("override", StandardServices.SANCTIONS));
		Assertions.assertEquals(1, _tables.rightsHistoryEntries().size());

		RightsHistoryEntry rightsHistoryEntry =
			_tables.rightsHistoryEntries(
			).get(
				0
			);

		Assertions.assertEquals(
			PortalImports.UAI.value(), rightsHistoryEntry.getUai());
		Assertions.assertEquals("CELL", rightsHistoryEntry.getKind());
		Assertions.assertEquals(
			"follow-up of pupils", rightsHistoryEntry.getReason());
		Assertions.assertTrue(_audited("rights.set-school-cells", "SUCCESS"));
		Assertions.assertEquals(
			Set.of("VIEW"),
			_actions(
				RightsRole.SOCIAL_WORKER,
				PortalServiceResources.preauPortletId(
					StandardServices.SANCTIONS)),
			"the social worker's role now sees the service on the site");
		Assertions.assertEquals(
			Set.of(),
			_actions(
				RightsRole.NURSE,
				PortalServiceResources.preauPortletId(
					StandardServices.SANCTIONS)));
	}

	@Test
	public void givenAUserWithoutTheRightsPermission_whenTheySendTheMatrix_thenTheActionIsRefusedAndNothingChanges() {
		PrincipalException.MustHavePermission mustHavePermission =
			Assertions.assertThrows(
				PrincipalException.MustHavePermission.class,
				() -> _submit(
					new EditRightsMatrixMVCActionCommand(), false,
					_fields(
						"reason", "follow-up of pupils", "uai",
						PortalImports.UAI.value()),
					new HashMap<>(), new HashMap<>()));

		Assertions.assertTrue(
			mustHavePermission.getMessage(
			).contains(
				PreauActionKeys.MANAGE_RIGHTS
			),
			mustHavePermission.getMessage());
		Assertions.assertEquals(List.of(), _tables.rightsRules());
		Assertions.assertEquals(List.of(), _tables.rightsHistoryEntries());
		Assertions.assertEquals(Map.of(), _permissions);
		Assertions.assertFalse(_audited("rights.set-school-cells", "SUCCESS"));
	}

	private static Map<String, String[]> _fields(String... namesAndValues) {
		Map<String, String[]> fields = new HashMap<>();

		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], new String[] {namesAndValues[i + 1]});
		}

		return fields;
	}

	private static void _inject(Object object, String name, Object value)
		throws ReflectiveOperationException {

		Field field = object.getClass(
		).getDeclaredField(
			name
		);

		field.setAccessible(true);
		field.set(object, value);
	}

	private Set<String> _actions(RightsRole rightsRole, String resourceName) {
		Long roleId = _roles.get(PortalRightsPermissions.roleName(rightsRole));

		if (roleId == null) {
			return Set.of();
		}

		return _permissions.getOrDefault(
			resourceName + "|" + _GROUP_ID + "|" + roleId, Set.of());
	}

	private boolean _audited(String action, String outcome) {
		for (AuditEvent auditEvent :
				_portalImports.fakePortal().auditEvents()) {

			if (action.equals(auditEvent.getAction()) &&
				outcome.equals(auditEvent.getOutcome())) {

				return true;
			}
		}

		return false;
	}

	private void _grantSocialWorkerCahierDeTextes() throws Exception {
		_grantSocialWorker(StandardServices.CAHIER_DE_TEXTES);
	}

	/**
	 * Sends the school's matrix as its page would: the cells allowed now, and the social worker's consult of the
	 * service.
	 */
	private Map<String, String> _grantSocialWorker(String serviceKey)
		throws Exception {

		RightsMatrix rightsMatrix = _matrix();

		List<String> cells = new ArrayList<>();

		for (EntService entService : rightsMatrix.catalogue()) {
			for (ServiceAction action : entService.actions()) {
				for (RightsRole rightsRole : RightsRole.values()) {
					if (rightsMatrix.allows(
							PortalImports.UAI, Set.of(rightsRole),
							entService.key(), action)) {

						cells.add(
							rightsRole.key() + "|" + entService.key() + "|" +
								action.key());
					}
				}
			}
		}

		cells.add(
			RightsRole.SOCIAL_WORKER.key() + "|" + serviceKey + "|" +
				ServiceAction.CONSULT.key());

		Map<String, String> renderParameters = new HashMap<>();

		_submit(
			new EditRightsMatrixMVCActionCommand(), true,
			Map.of(
				"cell", cells.toArray(new String[0]), "reason",
				new String[] {"follow-up of pupils"}, "uai",
				new String[] {PortalImports.UAI.value()}),
			renderParameters, new HashMap<>());

		return renderParameters;
	}

	private boolean _hasRule(String kind, String serviceKey) {
		for (RightsRule rightsRule : _tables.rightsRules()) {
			if (kind.equals(rightsRule.getKind()) &&
				serviceKey.equals(rightsRule.getServiceKey()) &&
				PortalImports.UAI.value(
				).equals(
					rightsRule.getUai()
				)) {

				return true;
			}
		}

		return false;
	}

	private RightsMatrix _matrix() {
		return _portalRightsServices.getRightsService(
		).matrix(
			_portalImports.actor(), PortalImports.UAI
		);
	}

	/**
	 * The portal instance's organizations, each with the site the portal would have made for it.
	 */
	private OrganizationLocalService _organizationLocalService(
		OrganizationLocalService organizationLocalService) {

		return (OrganizationLocalService)Proxy.newProxyInstance(
			RightsCommandsTest.class.getClassLoader(),
			new Class<?>[] {OrganizationLocalService.class},
			(proxy, method, arguments) -> {
				Object result = method.invoke(
					organizationLocalService, arguments);

				if (!(result instanceof Organization)) {
					return result;
				}

				return Proxy.newProxyInstance(
					RightsCommandsTest.class.getClassLoader(),
					new Class<?>[] {Organization.class},
					(organizationProxy, organizationMethod,
					 organizationArguments) -> {

						if (organizationMethod.getName(
							).equals(
								"getGroupId"
							)) {

							return _GROUP_ID;
						}

						return organizationMethod.invoke(
							result, organizationArguments);
					});
			});
	}

	private ResourcePermissionLocalService _resourcePermissionLocalService() {
		return Fakes.service(
			ResourcePermissionLocalService.class,
			Map.of(
				"setResourcePermissions",
				arguments -> {

					// (companyId, name, scope, primKey, roleId, actionIds)

					Assertions.assertEquals(FakePortal.COMPANY_ID, arguments[0]);
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

	private Role _role(String name) {
		return Fakes.model(
			Role.class,
			Fakes.properties(
				"companyId", FakePortal.COMPANY_ID, "name", name, "roleId",
				_roles.get(name)));
	}

	/**
	 * The portal instance's roles, to which the rights matrix adds its own.
	 */
	private RoleLocalService _roleLocalService(
		RoleLocalService roleLocalService) {

		return Fakes.service(
			RoleLocalService.class,
			Map.of(
				"addRole",
				arguments -> {
					String name = (String)arguments[3];

					_roles.put(name, 1000L + _roles.size());

					return _role(name);
				},
				"fetchRole",
				arguments -> _roles.containsKey(arguments[1]) ?
					_role((String)arguments[1]) :
						roleLocalService.fetchRole(
							(long)arguments[0], (String)arguments[1])));
	}

	private void _submit(
			BaseRightsMVCActionCommand baseRightsMVCActionCommand,
			boolean permitted, Map<String, String[]> parameters,
			Map<String, String> renderParameters,
			Map<String, Object> attributes)
		throws Exception {

		_inject(
			baseRightsMVCActionCommand, "_preauPortalServices",
			_preauPortalServices);

		ThemeDisplay themeDisplay = _themeDisplay(permitted);

		ActionParameters actionParameters = Fakes.service(
			ActionParameters.class,
			Map.of("getValues", arguments -> parameters.get(arguments[0])));
		RenderParameters requestRenderParameters = Fakes.service(
			RenderParameters.class, Map.of("getValues", arguments -> null));

		ActionRequest actionRequest = Fakes.service(
			ActionRequest.class,
			Map.of(
				"getActionParameters", arguments -> actionParameters,
				"getAttribute",
				arguments -> WebKeys.THEME_DISPLAY.equals(arguments[0]) ?
					themeDisplay : attributes.get(arguments[0]),
				"getMethod", arguments -> "POST", "getRenderParameters",
				arguments -> requestRenderParameters, "setAttribute",
				arguments -> attributes.put(
					(String)arguments[0], arguments[1])));

		MutableRenderParameters mutableRenderParameters = Fakes.service(
			MutableRenderParameters.class,
			Map.of(
				"setValue",
				arguments -> renderParameters.put(
					(String)arguments[0], (String)arguments[1])));

		ActionResponse actionResponse = Fakes.service(
			ActionResponse.class,
			Map.of("getRenderParameters", arguments -> mutableRenderParameters));

		baseRightsMVCActionCommand.doProcessAction(
			actionRequest, actionResponse);
	}

	private ThemeDisplay _themeDisplay(boolean permitted) {
		ThemeDisplay themeDisplay = new ThemeDisplay();

		PermissionChecker permissionChecker = _portalImports.permissionChecker(
			permitted);

		themeDisplay.setLocale(Locale.FRANCE);
		themeDisplay.setPermissionChecker(permissionChecker);
		themeDisplay.setScopeGroupId(20L);
		themeDisplay.setTimeZone(TimeZone.getTimeZone("Europe/Paris"));
		themeDisplay.setUser(_portalImports.user());

		return themeDisplay;
	}

	private static final String _CAHIER_PORTLET =
		PortalServiceResources.preauPortletId(
			StandardServices.CAHIER_DE_TEXTES);

	private static final long _GROUP_ID = 4242L;

	private final Map<String, Set<String>> _permissions = new HashMap<>();
	private PortalImports _portalImports;
	private PortalRightsServices _portalRightsServices;
	private PreauPortalServices _preauPortalServices;
	private final Map<String, Long> _roles = new HashMap<>();
	private final FakeRightsTables _tables = new FakeRightsTables();

	@TempDir
	Path _tempDir;

}
