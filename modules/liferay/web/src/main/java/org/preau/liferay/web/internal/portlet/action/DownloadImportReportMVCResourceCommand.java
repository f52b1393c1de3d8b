package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import java.io.PrintWriter;
import java.util.Optional;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.core.security.Actor;
import org.preau.liferay.web.constants.PreauActionKeys;
import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.portlet.PortletPages;
import org.preau.liferay.web.internal.portlet.PortletPermissions;
import org.preau.web.http.WebResponse;
import org.preau.web.imports.ImportRoutes;

/**
 * Sends a finished import job's JSON report, kept in its background task, as a file to download, to holders of the
 * imports portlet's {@code IMPORT_FEEDS} permission. A job of an establishment the user does not administer is not
 * found, as on its page.
 */
@Component(
	property = {
		"javax.portlet.name=" + PreauPortletKeys.IMPORTS,
		"mvc.command.name=" + ImportRoutes.REPORT
	},
	service = MVCResourceCommand.class
)
public class DownloadImportReportMVCResourceCommand
	extends BaseMVCResourceCommand {

	@Override
	protected void doServeResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = PortletPages.themeDisplay(resourceRequest);

		PermissionChecker permissionChecker = PortletPermissions.check(
			themeDisplay, PreauPortletKeys.IMPORTS,
			PreauActionKeys.IMPORT_FEEDS);

		Optional<Actor> actor = _preauPortalServices.getPortalActors(
		).actor(
			themeDisplay.getUser(), permissionChecker
		);

		String id = resourceRequest.getResourceParameters(
		).getValue(
			"id"
		);

		Optional<String> json = Optional.empty();

		if (actor.isPresent() && (id != null) &&
			_preauPortalServices.getImportJobService(
			).get(
				actor.get(), id
			).isPresent()) {

			json = _preauPortalServices.getPortalImportJobs(
			).reportJson(
				id
			);
		}

		if (json.isEmpty()) {
			resourceResponse.setProperty(
				ResourceResponse.HTTP_STATUS_CODE,
				String.valueOf(WebResponse.NOT_FOUND));

			return;
		}

		resourceResponse.setCharacterEncoding("UTF-8");
		resourceResponse.setContentType("application/json");
		resourceResponse.setProperty(
			"Content-Disposition",
			"attachment; filename=\"import-" + id + ".json\"");

		PrintWriter printWriter = resourceResponse.getWriter();

		printWriter.write(json.get());
	}

	@Reference
	private PreauPortalServices _preauPortalServices;

}
