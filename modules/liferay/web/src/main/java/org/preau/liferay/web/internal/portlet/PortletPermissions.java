package org.preau.liferay.web.internal.portlet;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;

/**
 * The check that every Préau command makes before anything else: the page's user holds the portlet's action in the
 * page's site.
 */
public class PortletPermissions {

	/**
	 * @return the user's permission checker, for what follows
	 * @throws PrincipalException.MustHavePermission if the user does not hold the action
	 */
	public static PermissionChecker check(
			ThemeDisplay themeDisplay, String portletKey, String actionKey)
		throws PrincipalException {

		PermissionChecker permissionChecker =
			themeDisplay.getPermissionChecker();

		if (!permissionChecker.hasPermission(
				themeDisplay.getScopeGroupId(), portletKey, portletKey,
				actionKey)) {

			throw new PrincipalException.MustHavePermission(
				permissionChecker, portletKey, 0, actionKey);
		}

		return permissionChecker;
	}

}
