package org.preau.liferay.web.internal.portlet;

import com.liferay.portal.kernel.security.auth.AuthTokenUtil;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.IOException;

import javax.portlet.GenericPortlet;
import javax.portlet.Portlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.web.home.HomeController;
import org.preau.web.http.Controller;
import org.preau.web.http.Routes;
import org.preau.web.http.WebResponse;
import org.preau.web.i18n.Messages;
import org.preau.web.overview.EstablishmentOverviewController;
import org.preau.web.view.ErrorPages;
import org.preau.web.view.PageRenderer;
import org.preau.web.view.TemplateRenderer;

/**
 * The establishment overview in the control panel. It renders the page both hosts share: the shared controller builds
 * the view model, the shared templates render it as a fragment inside the portal's chrome.
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
		"com.liferay.portlet.use-default-template=true",
		"javax.portlet.display-name=Establishment Overview",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.name=" + PreauPortletKeys.ESTABLISHMENT_OVERVIEW,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=administrator",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class EstablishmentOverviewPortlet extends GenericPortlet {

	@Activate
	protected void activate() {
		_pageRenderer = new PageRenderer(
			new TemplateRenderer(), new Messages());
	}

	@Override
	protected void doView(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws IOException, PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		PortletWebRequest portletWebRequest = new PortletWebRequest(
			renderRequest, themeDisplay.getLocale(),
			_preauPortalServices.getPortalActors(
			).actor(
				themeDisplay.getUser(), themeDisplay.getPermissionChecker()
			),
			AuthTokenUtil.getToken(
				_portal.getHttpServletRequest(renderRequest)),
			new PortletUrls(
				renderResponse, renderRequest.getContextPath(),
				themeDisplay.getURLSignIn(), themeDisplay.getURLSignOut()));

		WebResponse webResponse = _getController(
			portletWebRequest.parameter(
				PortletUrls.ROUTE_PARAMETER
			).orElse(
				Routes.OVERVIEW
			),
			themeDisplay
		).handle(
			portletWebRequest
		);

		if (webResponse.redirectLocation().isPresent()) {

			// Only actions redirect, and this portlet has none yet

			throw new PortletException(
				"a render cannot redirect to " +
					webResponse.redirectLocation().get());
		}

		_pageRenderer.render(
			portletWebRequest, webResponse, true, renderResponse.getWriter());
	}

	private Controller _getController(
		String route, ThemeDisplay themeDisplay) {

		if (Routes.HOME.equals(route)) {
			return new HomeController(
				_preauPortalServices.getEstablishmentOverview());
		}

		if (Routes.OVERVIEW.equals(route)) {
			return new EstablishmentOverviewController(
				_preauPortalServices.getEstablishmentOverview(),
				themeDisplay.getTimeZone(
				).toZoneId());
		}

		return webRequest -> ErrorPages.page(
			WebResponse.NOT_FOUND, "error-x",
			String.valueOf(WebResponse.NOT_FOUND));
	}

	private volatile PageRenderer _pageRenderer;

	@Reference
	private Portal _portal;

	@Reference
	private PreauPortalServices _preauPortalServices;

}
