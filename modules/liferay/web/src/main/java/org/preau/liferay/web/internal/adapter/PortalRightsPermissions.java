package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.RoleConstants;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.LinkedHashSet;
import java.util.Set;

import org.preau.core.directory.model.Uai;
import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.RightsMatrix;
import org.preau.core.rights.model.RightsRole;
import org.preau.core.rights.model.ServiceAction;

/**
 * A school's rights matrix as the portal's permissions: a regular role per row of the matrix, and on the school's site
 * the permissions of each role on each service's portlet (VIEW to consult, CONFIGURATION and PERMISSIONS to manage) and
 * on its model resource where the portal's app has one (adding to it, to contribute). A closed module leaves every
 * role without any action on it, VIEW included. Applying the same matrix twice changes nothing.
 */
public class PortalRightsPermissions {

	public static final String ROLE_PREFIX = "Préau Rights ";

	public static String roleName(RightsRole rightsRole) {
		return ROLE_PREFIX + rightsRole.key();
	}

	public PortalRightsPermissions(
		RoleLocalService roleLocalService,
		ResourcePermissionLocalService resourcePermissionLocalService,
		UserLocalService userLocalService) {

		_roleLocalService = roleLocalService;
		_resourcePermissionLocalService = resourcePermissionLocalService;
		_userLocalService = userLocalService;
	}

	/**
	 * Sets the permissions of the school's site (its group) to what the matrix gives in the school.
	 */
	public void apply(
			long companyId, long groupId, Uai uai, RightsMatrix rightsMatrix)
		throws PortalException {

		String primKey = String.valueOf(groupId);

		for (RightsRole rightsRole : RightsRole.values()) {
			long roleId = _role(companyId, rightsRole).getRoleId();

			for (EntService entService : rightsMatrix.catalogue()) {
				PortalServiceResources.PortalServiceResource resource =
					PortalServiceResources.of(entService.key());

				Set<String> portletActions = new LinkedHashSet<>();
				Set<String> modelActions = new LinkedHashSet<>();

				if (!rightsMatrix.isClosed(uai, entService.key())) {
					for (ServiceAction action : entService.actions()) {
						if (!rightsMatrix.allows(
								uai, Set.of(rightsRole), entService.key(),
								action)) {

							continue;
						}

						portletActions.add(_VIEW);

						if (action == ServiceAction.CONTRIBUTE) {
							modelActions.addAll(resource.contributeActions());
						}
						else if (action == ServiceAction.MANAGE) {
							portletActions.add(_CONFIGURATION);
							portletActions.add(_PERMISSIONS);
							modelActions.addAll(resource.contributeActions());
						}
					}
				}

				_resourcePermissionLocalService.setResourcePermissions(
					companyId, resource.portletId(),
					ResourceConstants.SCOPE_GROUP, primKey, roleId,
					portletActions.toArray(new String[0]));

				if (resource.modelName() != null) {
					_resourcePermissionLocalService.setResourcePermissions(
						companyId, resource.modelName(),
						ResourceConstants.SCOPE_GROUP, primKey, roleId,
						modelActions.toArray(new String[0]));
				}
			}
		}
	}

	private Role _role(long companyId, RightsRole rightsRole)
		throws PortalException {

		String name = roleName(rightsRole);

		Role role = _roleLocalService.fetchRole(companyId, name);

		if (role != null) {
			return role;
		}

		return _roleLocalService.addRole(
			_userLocalService.getGuestUserId(companyId), null, 0, name, null,
			null, RoleConstants.TYPE_REGULAR, null, null);
	}

	private static final String _CONFIGURATION = "CONFIGURATION";

	private static final String _PERMISSIONS = "PERMISSIONS";

	private static final String _VIEW = "VIEW";

	private final ResourcePermissionLocalService _resourcePermissionLocalService;
	private final RoleLocalService _roleLocalService;
	private final UserLocalService _userLocalService;

}
