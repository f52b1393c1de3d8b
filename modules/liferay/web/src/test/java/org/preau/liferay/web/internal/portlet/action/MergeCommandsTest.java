package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
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

import org.preau.core.merges.service.PersonMergeService;
import org.preau.liferay.model.AuditEvent;
import org.preau.liferay.model.DirectoryMerge;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.portlet.PortletPages;
import org.preau.liferay.web.internal.portlet.PortletUrls;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.Fakes;
import org.preau.liferay.web.internal.test.PortalImports;
import org.preau.web.http.WebResponse;
import org.preau.web.merges.MergeRoutes;

/**
 * The merges page's command of the imports portlet over the portal host's services and a portal instance in memory
 * into which the collège's pupils were imported: an administrator merges two pupils and undoes it through the page's
 * forms, a refused merge answers its page, and a user without the imports permission is refused by the portal.
 */
public class MergeCommandsTest {

	@BeforeEach
	public void setUp() throws Exception {
		_portalImports = new PortalImports(_tempDir);

		_portalImports.install();

		_portalImports.importFeed("eleves.csv", PortalImports.PUPILS);

		_fakePortal = _portalImports.fakePortal();

		_preauPortalServices = _portalImports.preauPortalServices();

		Field field = PreauPortalServices.class.getDeclaredField(
			"_companyIdSupplier");

		field.setAccessible(true);
		field.set(
			_preauPortalServices,
			(LongSupplier)() -> FakePortal.COMPANY_ID);
	}

	@AfterEach
	public void tearDown() {
		_portalImports.uninstall();
	}

	@Test
	public void givenAnAdministrator_whenTheyMergeThenUndoThroughThePage_thenBothAreDoneAuditedAndThePortalIsAsBefore()
		throws Exception {

		String before = _fakePortal.dump();

		Map<String, String> renderParameters = new HashMap<>();

		_submit(
			true,
			Map.of(
				"action", "merge", "absorbed", "1002", "survivor", "1001",
				"uai", PortalImports.UAI.value()),
			renderParameters, new HashMap<>());

		Assertions.assertEquals(
			Map.of(
				PortletUrls.ROUTE_PARAMETER, MergeRoutes.MERGES, "uai",
				PortalImports.UAI.value()),
			renderParameters);
		Assertions.assertEquals(1, _fakePortal.directoryMerges().size());
		Assertions.assertTrue(
			_audited(PersonMergeService.MERGE_ACTION, "SUCCESS"));
		Assertions.assertNotEquals(before, _fakePortal.dump());

		DirectoryMerge directoryMerge = _fakePortal.directoryMerges(
		).get(
			0
		);

		_submit(
			true,
			Map.of(
				"action", "unmerge", "id",
				String.valueOf(directoryMerge.getDirectoryMergeId()), "uai",
				PortalImports.UAI.value()),
			new HashMap<>(), new HashMap<>());

		Assertions.assertTrue(
			_audited(PersonMergeService.UNMERGE_ACTION, "SUCCESS"));
		Assertions.assertNotNull(directoryMerge.getUndoneDate());
		Assertions.assertEquals(before, _fakePortal.dump());
	}

	@Test
	public void givenARefusedMerge_whenSent_thenItsPageSaysWhyAndNothingChanges()
		throws Exception {

		String before = _fakePortal.dump();

		Map<String, Object> attributes = new HashMap<>();

		_submit(
			true,
			Map.of(
				"action", "merge", "absorbed", "9999", "survivor", "1001",
				"uai", PortalImports.UAI.value()),
			new HashMap<>(), attributes);

		WebResponse webResponse = (WebResponse)attributes.get(
			PortletPages.ACTION_RESPONSE);

		Assertions.assertEquals(
			WebResponse.UNPROCESSABLE, webResponse.status());
		Assertions.assertTrue(
			_audited(PersonMergeService.MERGE_ACTION, "FAILURE"));
		Assertions.assertEquals(before, _fakePortal.dump());
		Assertions.assertTrue(_fakePortal.directoryMerges().isEmpty());
	}

	@Test
	public void givenAUserWithoutTheImportsPermission_whenTheyMerge_thenThePortalRefusesAndNothingChanges()
		throws Exception {

		String before = _fakePortal.dump();
		int auditEvents = _fakePortal.auditEvents(
		).size();

		Assertions.assertThrows(
			PrincipalException.class,
			() -> _submit(
				false,
				Map.of(
					"action", "merge", "absorbed", "1002", "survivor",
					"1001", "uai", PortalImports.UAI.value()),
				new HashMap<>(), new HashMap<>()));
		Assertions.assertEquals(before, _fakePortal.dump());
		Assertions.assertEquals(
			auditEvents,
			_fakePortal.auditEvents(
			).size());
	}

	private boolean _audited(String action, String outcome) {
		for (AuditEvent auditEvent : _fakePortal.auditEvents()) {
			if (action.equals(auditEvent.getAction()) &&
				outcome.equals(auditEvent.getOutcome())) {

				return true;
			}
		}

		return false;
	}

	private void _submit(
			boolean permitted, Map<String, String> fields,
			Map<String, String> renderParameters,
			Map<String, Object> attributes)
		throws Exception {

		MergePeopleMVCActionCommand mergePeopleMVCActionCommand =
			new MergePeopleMVCActionCommand();

		Field field = MergePeopleMVCActionCommand.class.getDeclaredField(
			"_preauPortalServices");

		field.setAccessible(true);
		field.set(mergePeopleMVCActionCommand, _preauPortalServices);

		ThemeDisplay themeDisplay = new ThemeDisplay();

		themeDisplay.setLocale(Locale.FRANCE);
		themeDisplay.setPermissionChecker(
			_portalImports.permissionChecker(permitted));
		themeDisplay.setScopeGroupId(20L);
		themeDisplay.setTimeZone(TimeZone.getTimeZone("Europe/Paris"));
		themeDisplay.setUser(_portalImports.user());

		ActionParameters actionParameters = Fakes.service(
			ActionParameters.class,
			Map.of(
				"getValues",
				arguments -> fields.containsKey(arguments[0]) ?
					new String[] {fields.get(arguments[0])} : null));
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

		mergePeopleMVCActionCommand.doProcessAction(
			actionRequest,
			Fakes.service(
				ActionResponse.class,
				Map.of(
					"getRenderParameters",
					arguments -> mutableRenderParameters)));
	}

	private FakePortal _fakePortal;
	private PortalImports _portalImports;
	private PreauPortalServices _preauPortalServices;

	@TempDir
	Path _tempDir;

}
