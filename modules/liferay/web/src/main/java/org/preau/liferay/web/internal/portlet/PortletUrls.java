package org.preau.liferay.web.internal.portlet;

import java.util.Map;
import java.util.Set;

import javax.portlet.ActionRequest;
import javax.portlet.ActionURL;
import javax.portlet.MimeResponse;
import javax.portlet.MutableActionParameters;
import javax.portlet.MutableRenderParameters;
import javax.portlet.RenderURL;
import javax.portlet.ResourceURL;

import org.preau.web.http.Routes;
import org.preau.web.http.Urls;

/**
 * The shared pages' URLs inside a portlet: a route becomes a render parameter of the portlet's own URLs, so that
 * every page stays in the control panel; signing in and out go to the portal's own addresses, and static files to the
 * bundle's web context.
 */
public class PortletUrls implements Urls {

	public PortletUrls(
		MimeResponse mimeResponse, String contextPath, String signInURL,
		String signOutURL) {

		this(mimeResponse, contextPath, signInURL, signOutURL, Set.of());
	}

	/**
	 * @param resourceRoutes the routes the portlet serves as resources (files to download) rather than as pages
	 */
	public PortletUrls(
		MimeResponse mimeResponse, String contextPath, String signInURL,
		String signOutURL, Set<String> resourceRoutes) {

		_mimeResponse = mimeResponse;
		_contextPath = contextPath;
		_signInURL = signInURL;
		_signOutURL = signOutURL;
		_resourceRoutes = Set.copyOf(resourceRoutes);
	}

	@Override
	public String action(String route, Map<String, String> parameters) {
		if (Routes.LOGOUT.equals(route)) {
			return _signOutURL;
		}

		// A form whose answer is a file is posted to a resource URL

		if (_resourceRoutes.contains(route)) {
			return _resourceURL(route, parameters);
		}

		ActionURL actionURL = _mimeResponse.createActionURL(
			MimeResponse.Copy.NONE);

		MutableActionParameters mutableActionParameters =
			actionURL.getActionParameters();

		mutableActionParameters.setValue(ActionRequest.ACTION_NAME, route);

		for (Map.Entry<String, String> entry : parameters.entrySet()) {
			mutableActionParameters.setValue(entry.getKey(), entry.getValue());
		}

		return actionURL.toString();
	}

	@Override
	public String page(String route, Map<String, String> parameters) {
		if (Routes.LOGIN.equals(route)) {
			return _signInURL;
		}

		if (_resourceRoutes.contains(route)) {
			return _resourceURL(route, parameters);
		}

		RenderURL renderURL = _mimeResponse.createRenderURL(
			MimeResponse.Copy.NONE);

		MutableRenderParameters mutableRenderParameters =
			renderURL.getRenderParameters();

		mutableRenderParameters.setValue(ROUTE_PARAMETER, route);

		for (Map.Entry<String, String> entry : parameters.entrySet()) {
			mutableRenderParameters.setValue(entry.getKey(), entry.getValue());
		}

		return renderURL.toString();
	}

	@Override
	public String staticFile(String name) {
		return _contextPath + STATIC_PATH + name;
	}

	/**
	 * The render parameter that names the shared page to show.
	 */
	public static final String ROUTE_PARAMETER = "route";

	/**
	 * Where the build puts the shared static files inside the bundle's web resources.
	 */
	public static final String STATIC_PATH = "/static/";

	private String _resourceURL(String route, Map<String, String> parameters) {
		ResourceURL resourceURL = _mimeResponse.createResourceURL();

		resourceURL.setResourceID(route);

		for (Map.Entry<String, String> entry : parameters.entrySet()) {
			resourceURL.getResourceParameters(
			).setValue(
				entry.getKey(), entry.getValue()
			);
		}

		return resourceURL.toString();
	}

	private final String _contextPath;
	private final MimeResponse _mimeResponse;
	private final Set<String> _resourceRoutes;
	private final String _signInURL;
	private final String _signOutURL;

}
