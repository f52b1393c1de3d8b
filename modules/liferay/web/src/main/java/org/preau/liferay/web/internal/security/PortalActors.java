package org.preau.liferay.web.internal.security;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

import org.preau.core.directory.model.Uai;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;
import org.preau.liferay.web.constants.PreauRoleConstants;
import org.preau.liferay.web.internal.adapter.OrganizationUais;

/**
 * Turns the portal user of a request into the core's actor. The portal's roles are the source of the grants:
 * omniadmins and holders of the academy role administer the platform; holders of the establishment role in an
 * organization that carries a UAI administer that establishment. The delegations recorded on the rights pages (local
 * administrators, DANE delegations until their end date, head teachers of a class) are then added, as of the request.
 */
public class PortalActors {

	public PortalActors(
		OrganizationLocalService organizationLocalService,
		OrganizationUais organizationUais, RoleLocalService roleLocalService,
		UserGroupRoleLocalService userGroupRoleLocalService,
		LongFunction<UnaryOperator<Actor>> delegations) {

		_organizationLocalService = organizationLocalService;
		_organizationUais = organizationUais;
		_roleLocalService = roleLocalService;
		_userGroupRoleLocalService = userGroupRoleLocalService;
		_delegations = delegations;
	}

	/**
	 * Returns the actor of a signed-in user with the delegations they hold in their portal instance, or empty for the
	 * guest user.
	 */
	public Optional<Actor> actor(
		User user, PermissionChecker permissionChecker) {

		if ((user == null) || user.isGuestUser()) {
			return Optional.empty();
		}

		Actor actor = Actor.of(
			user.getScreenName(), user.getFullName(),
			grants(user, permissionChecker));

		return Optional.of(
			_delegations.apply(
				user.getCompanyId()
			).apply(
				actor
			));
	}

	public Set<AdminGrant> grants(
		User user, PermissionChecker permissionChecker) {

		Set<AdminGrant> grants = new LinkedHashSet<>();

		try {
			if (((permissionChecker != null) &&
				 permissionChecker.isOmniadmin()) ||
				_roleLocalService.hasUserRole(
					user.getUserId(), user.getCompanyId(),
					PreauRoleConstants.ACADEMY_ADMINISTRATOR, true)) {

				grants.add(AdminGrant.platform());
			}

			for (Organization organization :
					_organizationLocalService.getUserOrganizations(
						user.getUserId())) {

				Optional<Uai> uai = _organizationUais.uai(
					organization.getCompanyId(),
					organization.getOrganizationId());

				if (uai.isPresent() &&
					_userGroupRoleLocalService.hasUserGroupRole(
						user.getUserId(), organization.getGroupId(),
						PreauRoleConstants.ESTABLISHMENT_ADMINISTRATOR,
						true)) {

					grants.add(AdminGrant.establishment(uai.get()));
				}
			}
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"cannot read the roles of user " + user.getUserId(),
				portalException);
		}

		return grants;
	}

	private final LongFunction<UnaryOperator<Actor>> _delegations;
	private final OrganizationLocalService _organizationLocalService;
	private final OrganizationUais _organizationUais;
	private final RoleLocalService _roleLocalService;
	private final UserGroupRoleLocalService _userGroupRoleLocalService;

}
