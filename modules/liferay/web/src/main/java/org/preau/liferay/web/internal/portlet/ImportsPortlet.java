package org.preau.liferay.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;

import java.io.IOException;
import java.util.Set;

import javax.portlet.Portlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.core.merges.service.PersonMergeService;
import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.web.http.Controller;
import org.preau.web.http.Routes;
import org.preau.web.imports.ImportJobController;
import org.preau.web.imports.ImportRoutes;
import org.preau.web.imports.ImportsController;
import org.preau.web.merges.MergeRoutes;
import org.preau.web.merges.MergesController;

/**
 * The imports page in the control panel: the page both hosts share, with the upload form, the recent jobs and the
 * import history, and the page of a job that follows its background task and then shows its report. Sending files
 * is the action {@code SubmitImportMVCActionCommand}; the JSON report is the resource
 * {@code DownloadImportReportMVCResourceCommand}. The merges page, which settles the duplicates that reports flag, is
 * served here too; its forms go to {@code MergePeopleMVCActionCommand}.
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=preau-portlet",
		"com.liferay.portlet.display-category=category.hidden",
		"com.liferay.portlet.header-portlet-css=" + PortletUrls.STATIC_PATH + "preau.css",
		"com.liferay.portlet.preferences-owned-by-group=true",
		"com.liferay.portlet.private-request-attributes=false",
		"com.liferay.portlet.private-session-attributes=false",
		"com.liferay.portlet.requires-namespaced-parameters=false",
		"com.liferay.portlet.use-default-template=true",
		"javax.portlet.display-name=Imports",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.name=" + PreauPortletKeys.IMPORTS,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=administrator",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class ImportsPortlet extends MVCPortlet {

	/**
	 * The shared merges page over the portal instance's merge use cases, with dates in the user's time zone.
	 */
	public static Controller mergesController(
		PreauPortalServices preauPortalServices, ThemeDisplay themeDisplay) {

		PersonMergeService personMergeService =
			preauPortalServices.getPersonMergeService();

		return new MergesController(
			personMergeService, personMergeService, personMergeService,
			preauPortalServices.getEstablishmentOverview(),
			themeDisplay.getTimeZone(
			).toZoneId());
	}

	@Activate
	protected void activate() {
		_portletPages = new PortletPages(
			_portal, _preauPortalServices.getPortalActors(),
			Set.of(ImportRoutes.REPORT));
	}

	@Override
	public void doView(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws IOException, PortletException {

		_portletPages.render(
			renderRequest, renderResponse, Routes.IMPORTS,
			this::_getController);
	}

	private Controller _getController(
		String route, ThemeDisplay themeDisplay) {

		if (Routes.IMPORTS.equals(route)) {
			return new ImportsController(
				_preauPortalServices.getImportJobService(),
				_preauPortalServices.getImportJobService(),
				_preauPortalServices.getImportHistory(),
				_preauPortalServices.getEstablishmentOverview(),
				_preauPortalServices.getPortalImportInputs(),
				themeDisplay.getTimeZone(
				).toZoneId());
		}

		if (MergeRoutes.MERGES.equals(route)) {
			return mergesController(_preauPortalServices, themeDisplay);
		}

		if (ImportRoutes.JOB.equals(route)) {
			return new ImportJobController(
				_preauPortalServices.getImportJobService(),
				_preauPortalServices.getPortalImportInputs(
				).keepsJsonReports(),
				themeDisplay.getTimeZone(
				).toZoneId());
		}

		return null;
	}

	@Reference
	private Portal _portal;

	private volatile PortletPages _portletPages;

	@Reference
	private PreauPortalServices _preauPortalServices;

}
