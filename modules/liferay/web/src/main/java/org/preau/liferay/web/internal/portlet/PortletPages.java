package org.preau.liferay.web.internal.portlet;

import com.liferay.portal.kernel.security.auth.AuthTokenUtil;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import javax.portlet.MimeResponse;
import javax.portlet.PortletException;
import javax.portlet.PortletRequest;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.preau.liferay.web.internal.security.PortalActors;
import org.preau.web.http.Controller;
import org.preau.web.http.Download;
import org.preau.web.http.WebResponse;
import org.preau.web.i18n.Messages;
import org.preau.web.view.ErrorPages;
import org.preau.web.view.PageRenderer;
import org.preau.web.view.TemplateRenderer;

/**
 * Renders the shared pages inside a portlet: the route render parameter picks the shared controller, whose view model
 * the shared templates render as a fragment of the portal's page. An action that could not redirect leaves its
 * answer (an error page) in a request attribute, which the render that follows shows instead.
 */
public class PortletPages {

	public static WebResponse notFound() {
		return ErrorPages.page(
			WebResponse.NOT_FOUND, "error-x",
			String.valueOf(WebResponse.NOT_FOUND));
	}

	public static ThemeDisplay themeDisplay(PortletRequest portletRequest) {
		return (ThemeDisplay)portletRequest.getAttribute(
			WebKeys.THEME_DISPLAY);
	}

	public PortletPages(
		Portal portal, PortalActors portalActors, Set<String> resourceRoutes) {

		this(
			portalActors, resourceRoutes,
			portletRequest -> AuthTokenUtil.getToken(
				portal.getHttpServletRequest(portletRequest)));
	}

	/**
	 * @param csrfTokens the token of the portal session of a request, which the forms of its page carry
	 */
	public PortletPages(
		PortalActors portalActors, Set<String> resourceRoutes,
		Function<PortletRequest, String> csrfTokens) {

		_portalActors = portalActors;
		_resourceRoutes = Set.copyOf(resourceRoutes);
		_csrfTokens = csrfTokens;
	}

	/**
	 * @param controllers the controller of a route, given the page's theme display; {@code null} for an unknown route
	 */
	public void render(
			RenderRequest renderRequest, RenderResponse renderResponse,
			String defaultRoute,
			BiFunction<String, ThemeDisplay, Controller> controllers)
		throws IOException, PortletException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		PortletWebRequest portletWebRequest = _portletWebRequest(
			renderRequest, renderResponse, themeDisplay);

		WebResponse webResponse = (WebResponse)renderRequest.getAttribute(
			ACTION_RESPONSE);

		if (webResponse == null) {
			String route = portletWebRequest.parameter(
				PortletUrls.ROUTE_PARAMETER
			).orElse(
				defaultRoute
			);

			Controller controller = null;

			// A file to download is served as a resource; a page cannot show it

			if (!_resourceRoutes.contains(route)) {
				controller = controllers.apply(route, themeDisplay);
			}

			if (controller == null) {
				webResponse = notFound();
			}
			else {
				webResponse = controller.handle(portletWebRequest);
			}
		}

		if (webResponse.redirectLocation().isPresent()) {
			throw new PortletException(
				"a render cannot redirect to " +
					webResponse.redirectLocation().get());
		}

		_pageRenderer.render(
			portletWebRequest, webResponse, true, renderResponse.getWriter());
	}

	/**
	 * The request attribute in which an action leaves the page to show.
	 */
	public static final String ACTION_RESPONSE =
		PortletPages.class.getName() + "#ACTION_RESPONSE";

	/**
	 * Serves the file of a resource route, whose resource ID names the route. An answer that is no file, such as the
	 * page of a refusal, is sent as the fragment of that page with its status.
	 *
	 * @param controllers the controller of a route, given the page's theme display; {@code null} for an unknown route
	 */
	public void serveResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse,
			BiFunction<String, ThemeDisplay, Controller> controllers)
		throws IOException {

		ThemeDisplay themeDisplay = themeDisplay(resourceRequest);

		PortletWebRequest portletWebRequest = _portletWebRequest(
			resourceRequest, resourceResponse, themeDisplay);

		String route = resourceRequest.getResourceID();

		Controller controller = null;

		if ((route != null) && _resourceRoutes.contains(route)) {
			controller = controllers.apply(route, themeDisplay);
		}

		WebResponse webResponse = notFound();

		if (controller != null) {
			webResponse = controller.handle(portletWebRequest);
		}

		if (webResponse.download(
			).isPresent()) {

			Download download = webResponse.download(
			).get();

			resourceResponse.setContentType(download.contentType());
			resourceResponse.setProperty("Cache-Control", "no-store");
			resourceResponse.setProperty(
				"Content-Disposition",
				"attachment; filename=\"" + download.fileName() + "\"");

			// Written as it is read: an export of many people is never held whole in memory

			try (OutputStream outputStream =
					resourceResponse.getPortletOutputStream()) {

				download.body(
				).writeTo(
					outputStream
				);
			}

			return;
		}

		resourceResponse.setProperty(
			ResourceResponse.HTTP_STATUS_CODE,
			String.valueOf(webResponse.status()));

		if (webResponse.template(
			).isPresent()) {

			resourceResponse.setCharacterEncoding("UTF-8");
			resourceResponse.setContentType("text/html");

			_pageRenderer.render(
				portletWebRequest, webResponse, true,
				resourceResponse.getWriter());
		}
	}

	private PortletWebRequest _portletWebRequest(
		PortletRequest portletRequest, MimeResponse mimeResponse,
		ThemeDisplay themeDisplay) {

		return new PortletWebRequest(
			portletRequest, themeDisplay.getLocale(),
			_portalActors.actor(
				themeDisplay.getUser(), themeDisplay.getPermissionChecker()),
			_csrfTokens.apply(portletRequest),
			new PortletUrls(
				mimeResponse, portletRequest.getContextPath(),
				themeDisplay.getURLSignIn(), themeDisplay.getURLSignOut(),
				_resourceRoutes));
	}

	private final Function<PortletRequest, String> _csrfTokens;
	private final PageRenderer _pageRenderer = new PageRenderer(
		new TemplateRenderer(), new Messages());
	private final PortalActors _portalActors;
	private final Set<String> _resourceRoutes;

}
