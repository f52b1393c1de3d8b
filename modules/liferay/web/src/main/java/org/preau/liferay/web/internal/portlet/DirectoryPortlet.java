package org.preau.liferay.web.internal.portlet;

import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;

import java.io.IOException;
import java.util.Set;

import javax.portlet.GenericPortlet;
import javax.portlet.Portlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.PortalRightsServices;
import org.preau.web.http.SpreadsheetCsvWriter;
import org.preau.web.directory.DirectoryController;
import org.preau.web.directory.DirectoryExportController;
import org.preau.web.directory.UserCardController;
import org.preau.web.http.Controller;
import org.preau.web.http.CsvWriter;
import org.preau.web.http.Routes;
import org.preau.web.i18n.Messages;
import org.preau.web.rights.ExplainController;
import org.preau.web.rights.RightsRoutes;

/**
 * The directory search in the control panel: the pages both hosts share, searching an establishment's people and
 * showing a person's card (with their services and rights, whose explainer it shows too, and their account), and the
 * CSV export of a search, served as a resource.
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
		"javax.portlet.display-name=Directory",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.name=" + PreauPortletKeys.DIRECTORY,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=administrator",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class DirectoryPortlet extends GenericPortlet {

	@Override
	public void serveResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws IOException {

		_portletPages.serveResource(
			resourceRequest, resourceResponse, this::_getController);
	}

	@Activate
	protected void activate() {
		_portletPages = new PortletPages(
			_portal, _preauPortalServices.getPortalActors(),
			Set.of(Routes.DIRECTORY_EXPORT));
	}

	@Override
	protected void doView(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws IOException, PortletException {

		_portletPages.render(
			renderRequest, renderResponse, Routes.DIRECTORY,
			this::_getController);
	}

	private Controller _getController(
		String route, ThemeDisplay themeDisplay) {

		if (Routes.DIRECTORY.equals(route)) {
			return new DirectoryController(
				_preauPortalServices.getBrowseDirectory(),
				_preauPortalServices.getSearchDirectory(),
				_preauPortalServices.getEstablishmentOverview());
		}

		if (Routes.DIRECTORY_CARD.equals(route)) {
			return new UserCardController(
				_preauPortalServices.getSearchDirectory(),
				_preauPortalServices.getPortalRightsServices(
				).getDecisionService(),
				_preauPortalServices.getPortalAccountsServices(
				).getReadAccountState(),
				RightsRoutes.EXPLAIN,
				themeDisplay.getTimeZone(
				).toZoneId());
		}

		// The card's links to the explainer stay in this portlet: its URLs cannot open the rights portlet's pages

		if (RightsRoutes.EXPLAIN.equals(route)) {
			PortalRightsServices portalRightsServices =
				_preauPortalServices.getPortalRightsServices();

			return new ExplainController(
				portalRightsServices.getDecisionService(),
				portalRightsServices::getServiceKeys);
		}

		if (Routes.DIRECTORY_EXPORT.equals(route)) {
			return new DirectoryExportController(
				_preauPortalServices.getSearchDirectory(),
				_preauPortalServices.getEstablishmentOverview(), _csvWriter,
				_messages);
		}

		return null;
	}

	private final CsvWriter _csvWriter = new SpreadsheetCsvWriter();
	private final Messages _messages = new Messages();

	@Reference
	private Portal _portal;

	private volatile PortletPages _portletPages;

	@Reference
	private PreauPortalServices _preauPortalServices;

}
