package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.security.auth.AuthTokenUtil;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Function;

import javax.portlet.PortletRequest;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauActionKeys;
import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.portlet.AccountsControllers;
import org.preau.liferay.web.internal.portlet.PortletPages;
import org.preau.liferay.web.internal.portlet.PortletPermissions;
import org.preau.web.accounts.AccountRoutes;

/**
 * Issues new codes to a profile of a school, a class or a level and answers with their printed sheets or mail-merge
 * file. Issuing codes changes passwords, so only a POST of the accounts page's form is taken: the portal does not check
 * the token of a resource request, so the command compares the form's token with the portal session's. Only holders of
 * the portlet's {@code MANAGE_ACCOUNTS} permission may issue codes; the core then checks that they administer the
 * school.
 */
@Component(
	property = {
		"javax.portlet.name=" + PreauPortletKeys.ACCOUNTS,
		"mvc.command.name=" + AccountRoutes.CREDENTIALS
	},
	service = MVCResourceCommand.class
)
public class PrintCredentialsMVCResourceCommand
	extends BaseMVCResourceCommand {

	@Activate
	protected void activate() {
		_csrfTokens = portletRequest -> AuthTokenUtil.getToken(
			_portal.getHttpServletRequest(portletRequest));
	}

	@Override
	protected void doServeResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = PortletPages.themeDisplay(resourceRequest);

		PortletPermissions.check(
			themeDisplay, PreauPortletKeys.ACCOUNTS,
			PreauActionKeys.MANAGE_ACCOUNTS);

		String expectedToken = _csrfTokens.apply(resourceRequest);
		String token = resourceRequest.getResourceParameters(
		).getValue(
			_CSRF_TOKEN_PARAMETER
		);

		if (!"POST".equals(resourceRequest.getMethod()) ||
			(expectedToken == null) || (token == null) ||
			!MessageDigest.isEqual(
				expectedToken.getBytes(StandardCharsets.UTF_8),
				token.getBytes(StandardCharsets.UTF_8))) {

			throw new PrincipalException(
				"codes are issued only by a POST of the accounts page's " +
					"form with the token of the user's session");
		}

		PortletPages portletPages = new PortletPages(
			_preauPortalServices.getPortalActors(),
			AccountsControllers.RESOURCE_ROUTES, _csrfTokens);

		portletPages.serveResource(
			resourceRequest, resourceResponse,
			(route, routeThemeDisplay) -> AccountsControllers.of(
				route, _preauPortalServices, routeThemeDisplay));
	}

	private static final String _CSRF_TOKEN_PARAMETER = "csrfToken";

	private volatile Function<PortletRequest, String> _csrfTokens;

	@Reference
	private Portal _portal;

	@Reference
	private PreauPortalServices _preauPortalServices;

}
