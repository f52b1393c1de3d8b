package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.Portal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauActionKeys;
import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.UploadNames;
import org.preau.liferay.web.internal.portlet.ActionUrls;
import org.preau.liferay.web.internal.portlet.PortletPages;
import org.preau.liferay.web.internal.portlet.PortletPermissions;
import org.preau.liferay.web.internal.portlet.PortletUrls;
import org.preau.liferay.web.internal.portlet.PortletWebRequest;
import org.preau.web.http.Routes;
import org.preau.web.http.Upload;
import org.preau.web.http.WebResponse;
import org.preau.web.imports.ImportsController;

/**
 * Sends the imports form's files to the shared imports controller, which submits a checked (dry run) or applied
 * import of the establishment as a background task; the page of the job follows. Only holders of the portlet's
 * {@code IMPORT_FEEDS} permission may send files, and the core then checks that they administer the establishment.
 */
@Component(
	property = {
		"javax.portlet.name=" + PreauPortletKeys.IMPORTS,
		"mvc.command.name=" + Routes.IMPORTS
	},
	service = MVCActionCommand.class
)
public class SubmitImportMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		ThemeDisplay themeDisplay = PortletPages.themeDisplay(actionRequest);

		PermissionChecker permissionChecker = PortletPermissions.check(
			themeDisplay, PreauPortletKeys.IMPORTS,
			PreauActionKeys.IMPORT_FEEDS);

		UploadPortletRequest uploadPortletRequest =
			_portal.getUploadPortletRequest(actionRequest);

		Path folder = Files.createTempDirectory("preau-upload-");

		try {
			PortletWebRequest portletWebRequest = new PortletWebRequest(
				actionRequest, themeDisplay.getLocale(),
				_preauPortalServices.getPortalActors(
				).actor(
					themeDisplay.getUser(), permissionChecker
				),
				_NO_FORM_TOKEN, new ActionUrls(), _formParameters(uploadPortletRequest),
				Map.of(_FILES, _uploads(uploadPortletRequest, folder)));

			WebResponse webResponse = new ImportsController(
				_preauPortalServices.getImportJobService(),
				_preauPortalServices.getImportJobService(),
				_preauPortalServices.getImportHistory(),
				_preauPortalServices.getEstablishmentOverview(),
				_preauPortalServices.getPortalImportInputs(),
				themeDisplay.getTimeZone(
				).toZoneId()
			).handle(
				portletWebRequest
			);

			if (webResponse.redirectLocation().isPresent()) {
				ActionUrls.redirect(
					webResponse.redirectLocation().get(),
					actionResponse.getRenderParameters());

				return;
			}

			actionRequest.setAttribute(
				PortletPages.ACTION_RESPONSE, webResponse);
			actionResponse.getRenderParameters(
			).setValue(
				PortletUrls.ROUTE_PARAMETER, Routes.IMPORTS
			);
		}
		finally {
			_delete(folder);
		}
	}

	private static void _delete(Path path) {
		try (Stream<Path> paths = Files.walk(path)) {
			paths.sorted(
				Comparator.reverseOrder()
			).forEach(
				file -> file.toFile().delete()
			);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private Map<String, List<String>> _formParameters(
		UploadPortletRequest uploadPortletRequest) {

		Map<String, List<String>> formParameters = new HashMap<>();

		for (Map.Entry<String, String[]> entry :
				uploadPortletRequest.getParameterMap().entrySet()) {

			if (!entry.getKey().equals(_FILES) && (entry.getValue() != null)) {
				formParameters.put(
					entry.getKey(), Arrays.asList(entry.getValue()));
			}
		}

		return formParameters;
	}

	/**
	 * Copies the sent files under their safe base names into a folder of the request, since the portal deletes its
	 * own copies when the request ends and the import needs their names to recognise each feed.
	 */
	private List<Upload> _uploads(
			UploadPortletRequest uploadPortletRequest, Path folder)
		throws IOException {

		List<Upload> uploads = new ArrayList<>();

		File[] files = uploadPortletRequest.getFiles(_FILES);
		String[] fileNames = uploadPortletRequest.getFileNames(_FILES);

		if ((files == null) || (fileNames == null)) {
			return uploads;
		}

		for (int i = 0; i < Math.min(files.length, fileNames.length); i++) {
			if ((files[i] == null) || (fileNames[i] == null) ||
				fileNames[i].isEmpty()) {

				continue;
			}

			Path fileFolder = Files.createDirectory(
				folder.resolve(String.valueOf(i)));

			uploads.add(
				new Upload(
					Files.copy(
						files[i].toPath(),
						fileFolder.resolve(
							UploadNames.safeName(fileNames[i])))));
		}

		return uploads;
	}

	private static final String _FILES = "files";

	/**
	 * An action shows no form: the page that follows it is rendered with its own request and token.
	 */
	private static final String _NO_FORM_TOKEN = "";

	@Reference
	private Portal _portal;

	@Reference
	private PreauPortalServices _preauPortalServices;

}
