package org.preau.liferay.web.internal.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;

import java.io.IOException;

import javax.portlet.Portlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.web.accounts.AccountRoutes;
import org.preau.web.http.Controller;

/**
 * The accounts page in the control panel, as both hosts share it: a school's credentials, suspensions and guests.
 * Each form is its own action command, named after its route; the form that issues codes answers with a file, so it
 * is a resource command.
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
		"javax.portlet.display-name=Accounts",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.name=" + PreauPortletKeys.ACCOUNTS,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=administrator",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class AccountsPortlet extends MVCPortlet {

	@Activate
	protected void activate() {
		_portletPages = new PortletPages(
			_portal, _preauPortalServices.getPortalActors(),
			AccountsControllers.RESOURCE_ROUTES);
	}

	@Override
	public void doView(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws IOException, PortletException {

		_portletPages.render(
			renderRequest, renderResponse, AccountRoutes.ACCOUNTS,
			this::_getController);
	}

	private Controller _getController(
		String route, ThemeDisplay themeDisplay) {

		return AccountsControllers.of(
			route, _preauPortalServices, themeDisplay);
	}

	@Reference
	private Portal _portal;

	private volatile PortletPages _portletPages;

	@Reference
	private PreauPortalServices _preauPortalServices;

}
