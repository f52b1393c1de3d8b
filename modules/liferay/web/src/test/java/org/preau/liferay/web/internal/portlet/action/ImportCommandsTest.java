package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.backgroundtask.BackgroundTask;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.RenderParameters;
import javax.portlet.ResourceParameters;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.imports.job.ImportJob;
import org.preau.liferay.web.constants.PreauActionKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.portlet.PortletPages;
import org.preau.liferay.web.internal.portlet.PortletUrls;
import org.preau.liferay.web.internal.test.Fakes;
import org.preau.liferay.web.internal.test.PortalImports;
import org.preau.web.http.Upload;
import org.preau.web.http.WebResponse;
import org.preau.web.imports.ImportRoutes;

/**
 * The imports portlet's commands over the portal host's services and a portal instance in memory: the action that
 * sends files, and the resource that downloads a job's JSON report. The collège is first imported, as an
 * administrator would have done before checking a new feed.
 */
public class ImportCommandsTest {

	@BeforeEach
	public void setUp() throws Exception {
		_portalImports = new PortalImports(_tempDir);

		_portalImports.install();

		ImportJob importJob = _portalImports.submit(
			PortalImports.PUPILS, false);

		_portalImports.run(_backgroundTask(importJob.id()));

		_preauPortalServices = _portalImports.preauPortalServices();
	}

	@AfterEach
	public void tearDown() {
		_portalImports.uninstall();
	}

	@Test
	public void givenAJobOfAnotherCompanyOrUnknown_whenItsReportIsAsked_thenItIsNotFound()
		throws Exception {

		Map<String, String> properties = new HashMap<>();

		_downloadReport("no-such-job", properties, new StringWriter());

		Assertions.assertEquals(
			String.valueOf(WebResponse.NOT_FOUND),
			properties.get(ResourceResponse.HTTP_STATUS_CODE));
	}

	@Test
	public void givenAFinishedJob_whenItsReportIsAsked_thenTheJsonIsSentAsAFile()
		throws Exception {

		String id = _fakeBackgroundTaskName(0);

		Map<String, String> properties = new HashMap<>();
		StringWriter stringWriter = new StringWriter();

		String contentType = _downloadReport(id, properties, stringWriter);

		Assertions.assertEquals("application/json", contentType);
		Assertions.assertEquals(
			"attachment; filename=\"import-" + id + ".json\"",
			properties.get("Content-Disposition"));
		Assertions.assertTrue(
			stringWriter.toString(
			).startsWith(
				"{\"source\":\"csv\""
			),
			stringWriter.toString());
		Assertions.assertTrue(
			stringWriter.toString(
			).contains(
				"\"uai\":\"0310001A\""
			));
	}

	@Test
	public void givenAnAdministratorWhoSendsAFile_thenACheckIsQueuedAsABackgroundTaskAndTheJobPageFollows()
		throws Exception {

		Map<String, String> renderParameters = new HashMap<>();
		Map<String, Object> attributes = new HashMap<>();

		_submit(
			true, Map.of("uai", new String[] {"0310001A"}),
			List.of(_portalImports.upload("eleves.csv", PortalImports.PUPILS)),
			renderParameters, attributes);

		Assertions.assertEquals(
			2,
			_portalImports.fakeBackgroundTasks(
			).backgroundTasks(
			).size());

		BackgroundTask backgroundTask = _portalImports.fakeBackgroundTasks(
		).backgroundTasks(
		).get(
			1
		);

		Assertions.assertEquals(
			"true",
			backgroundTask.getTaskContextMap(
			).get(
				"dryRun"
			),
			"no apply box: a check");
		Assertions.assertEquals(
			"eleves.csv",
			backgroundTask.getAttachmentsFileEntries(
			).get(
				0
			).getFileName());
		Assertions.assertEquals(
			Map.of(
				PortletUrls.ROUTE_PARAMETER, ImportRoutes.JOB, "id",
				backgroundTask.getName()),
			renderParameters);
		Assertions.assertNull(attributes.get(PortletPages.ACTION_RESPONSE));
	}

	@Test
	public void givenAnAdministratorWhoSendsNoFile_thenNothingIsQueuedAndTheRenderShowsTheError()
		throws Exception {

		Map<String, String> renderParameters = new HashMap<>();
		Map<String, Object> attributes = new HashMap<>();

		_submit(
			true,
			Map.of(
				"apply", new String[] {"true"}, "uai",
				new String[] {"0310001A"}),
			List.of(), renderParameters, attributes);

		Assertions.assertEquals(
			1,
			_portalImports.fakeBackgroundTasks(
			).backgroundTasks(
			).size());
		Assertions.assertEquals(
			WebResponse.UNPROCESSABLE,
			((WebResponse)attributes.get(
				PortletPages.ACTION_RESPONSE)).status());
		Assertions.assertEquals(
			Map.of(PortletUrls.ROUTE_PARAMETER, "/imports"), renderParameters);
	}

	@Test
	public void givenAUserWithoutTheImportPermission_whenTheySendAFile_thenTheActionIsRefusedAndNothingIsQueued() {
		PrincipalException.MustHavePermission mustHavePermission =
			Assertions.assertThrows(
				PrincipalException.MustHavePermission.class,
				() -> _submit(
					false, Map.of("uai", new String[] {"0310001A"}),
					List.of(
						_portalImports.upload(
							"eleves.csv", PortalImports.PUPILS)),
					new HashMap<>(), new HashMap<>()));

		Assertions.assertTrue(
			mustHavePermission.getMessage(
			).contains(
				PreauActionKeys.IMPORT_FEEDS
			),
			mustHavePermission.getMessage());
		Assertions.assertEquals(
			1,
			_portalImports.fakeBackgroundTasks(
			).backgroundTasks(
			).size());
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

	private BackgroundTask _backgroundTask(String id) {
		for (BackgroundTask backgroundTask :
				_portalImports.fakeBackgroundTasks().backgroundTasks()) {

			if (backgroundTask.getName().equals(id)) {
				return backgroundTask;
			}
		}

		throw new AssertionError("no task of job " + id);
	}

	private String _downloadReport(
			String id, Map<String, String> properties, StringWriter stringWriter)
		throws Exception {

		DownloadImportReportMVCResourceCommand
			downloadImportReportMVCResourceCommand =
				new DownloadImportReportMVCResourceCommand();

		_inject(
			downloadImportReportMVCResourceCommand, "_preauPortalServices",
			_preauPortalServices);

		ThemeDisplay themeDisplay = _themeDisplay(true);

		ResourceParameters resourceParameters = Fakes.service(
			ResourceParameters.class,
			Map.of("getValue", arguments -> id.equals("") ? null : id));

		ResourceRequest resourceRequest = Fakes.service(
			ResourceRequest.class,
			Map.of(
				"getAttribute",
				arguments -> WebKeys.THEME_DISPLAY.equals(arguments[0]) ?
					themeDisplay : null,
				"getResourceParameters", arguments -> resourceParameters));

		String[] contentType = new String[1];
		PrintWriter printWriter = new PrintWriter(stringWriter);

		ResourceResponse resourceResponse = Fakes.service(
			ResourceResponse.class,
			Map.of(
				"getWriter", arguments -> printWriter, "setCharacterEncoding",
				arguments -> null, "setContentType",
				arguments -> {
					contentType[0] = (String)arguments[0];

					return null;
				},
				"setProperty",
				arguments -> properties.put(
					(String)arguments[0], (String)arguments[1])));

		downloadImportReportMVCResourceCommand.doServeResource(
			resourceRequest, resourceResponse);

		printWriter.flush();

		return contentType[0];
	}

	private String _fakeBackgroundTaskName(int index) {
		return _portalImports.fakeBackgroundTasks(
		).backgroundTasks(
		).get(
			index
		).getName();
	}

	private void _submit(
			boolean permitted, Map<String, String[]> formParameters,
			List<Upload> uploads,
			Map<String, String> renderParameters, Map<String, Object> attributes)
		throws Exception {

		SubmitImportMVCActionCommand submitImportMVCActionCommand =
			new SubmitImportMVCActionCommand();

		File[] files = new File[uploads.size()];
		String[] fileNames = new String[uploads.size()];

		for (int i = 0; i < uploads.size(); i++) {
			files[i] = uploads.get(
				i
			).file(
			).toFile();
			fileNames[i] = uploads.get(
				i
			).fileName();
		}

		UploadPortletRequest uploadPortletRequest = Fakes.service(
			UploadPortletRequest.class,
			Map.of(
				"getFileNames", arguments -> fileNames, "getFiles",
				arguments -> files, "getParameterMap",
				arguments -> formParameters));

		_inject(
			submitImportMVCActionCommand, "_portal",
			Fakes.service(
				Portal.class,
				Map.of(
					"getUploadPortletRequest",
					arguments -> uploadPortletRequest)));
		_inject(
			submitImportMVCActionCommand, "_preauPortalServices",
			_preauPortalServices);

		ThemeDisplay themeDisplay = _themeDisplay(permitted);

		ActionParameters actionParameters = Fakes.service(
			ActionParameters.class, Map.of("getValues", arguments -> null));
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

		submitImportMVCActionCommand.doProcessAction(
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

	private PortalImports _portalImports;
	private PreauPortalServices _preauPortalServices;

	@TempDir
	Path _tempDir;

}
