package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserConstants;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;

/**
 * The portal users Préau makes, for the directory's people and for the guests: a user of a screen name, a member of
 * their establishment's organization, holding the regular role of their profile.
 */
public class PortalUsers {

	public PortalUsers(
		OrganizationUais organizationUais, RoleLocalService roleLocalService,
		UserLocalService userLocalService) {

		_organizationUais = organizationUais;
		_roleLocalService = roleLocalService;
		_userLocalService = userLocalService;
	}

	/**
	 * Adds a user of an establishment and profile. The organization and the role are found before anything is
	 * written, so that an establishment without organization or an instance without the role's profile adds nothing.
	 *
	 * @param emailAddress the user's address, or {@code null}
	 * @param birthDate the user's birthday, or {@code null}
	 */
	public User add(
		long companyId, String screenName, String firstName, String lastName,
		String emailAddress, LocalDate birthDate, Uai uai, Profile profile) {

		long organizationId = _organizationId(companyId, uai);
		long roleId = _roleId(companyId, profile);

		// The portal refuses a second user with an address: the first person of a family gets it, the others get the
		// address the portal generates, and the feed's address stays in a custom field

		String address = Optional.ofNullable(
			emailAddress
		).filter(
			email ->
				_userLocalService.fetchUserByEmailAddress(companyId, email) ==
					null
		).orElse(
			""
		);

		if (birthDate == null) {
			birthDate = _DEFAULT_BIRTH_DATE;
		}

		try {
			User user = _userLocalService.addUser(
				_userLocalService.getGuestUserId(companyId), companyId, true,
				null, null, false, screenName, address, Locale.FRANCE,
				firstName, "", lastName, 0, 0, true,
				birthDate.getMonthValue() - 1, birthDate.getDayOfMonth(),
				birthDate.getYear(), "", UserConstants.TYPE_REGULAR,
				new long[0], new long[0], new long[0], new long[0], false,
				new ServiceContext());

			_userLocalService.addOrganizationUsers(
				organizationId, new long[] {user.getUserId()});
			_userLocalService.addRoleUser(roleId, user.getUserId());

			return user;
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"cannot add the user " + screenName, portalException);
		}
	}

	/**
	 * Makes the user a member of the establishment's organization, and no longer of the previous establishment's.
	 *
	 * @param previousUai the UAI of the establishment the user belonged to, empty if none
	 */
	public void updateOrganization(
		long companyId, long userId, String previousUai, Uai uai) {

		try {
			if (!previousUai.isEmpty() && !previousUai.equals(uai.value()) &&
				Uai.isValid(previousUai)) {

				Optional<Long> previousOrganizationId =
					_organizationUais.organizationId(
						companyId, Uai.of(previousUai));

				if (previousOrganizationId.isPresent() &&
					_userLocalService.hasOrganizationUser(
						previousOrganizationId.get(), userId)) {

					_userLocalService.unsetOrganizationUsers(
						previousOrganizationId.get(), new long[] {userId});
				}
			}

			long organizationId = _organizationId(companyId, uai);

			if (!_userLocalService.hasOrganizationUser(
					organizationId, userId)) {

				_userLocalService.addOrganizationUsers(
					organizationId, new long[] {userId});
			}
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"cannot place user " + userId + " in establishment " + uai,
				portalException);
		}
	}

	/**
	 * Gives the user the role of the profile, and takes back the role of the previous profile.
	 *
	 * @param previousProfile the name of the profile the user had, empty if none
	 */
	public void updateRole(
		long companyId, long userId, String previousProfile, Profile profile) {

		try {
			if (!previousProfile.isEmpty() &&
				!previousProfile.equals(profile.name())) {

				long previousRoleId = _roleId(
					companyId, Profile.valueOf(previousProfile));

				if (_userLocalService.hasRoleUser(previousRoleId, userId)) {
					_userLocalService.deleteRoleUser(previousRoleId, userId);
				}
			}

			long roleId = _roleId(companyId, profile);

			if (!_userLocalService.hasRoleUser(roleId, userId)) {
				_userLocalService.addRoleUser(roleId, userId);
			}
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"cannot give user " + userId + " the role of " + profile,
				portalException);
		}
	}

	private long _organizationId(long companyId, Uai uai) {
		return _organizationUais.organizationId(
			companyId, uai
		).orElseThrow(
			() -> new IllegalStateException(
				"establishment " + uai + " has no organization")
		);
	}

	private long _roleId(long companyId, Profile profile) {
		Role role = _roleLocalService.fetchRole(
			companyId, ProfileRoles.roleName(profile));

		if (role == null) {
			throw new IllegalStateException(
				"the portal instance lacks the role " +
					ProfileRoles.roleName(profile));
		}

		return role.getRoleId();
	}

	/**
	 * The birthday the portal's own screens give a user who does not say.
	 */
	private static final LocalDate _DEFAULT_BIRTH_DATE = LocalDate.of(
		1970, 1, 1);

	private final OrganizationUais _organizationUais;
	private final RoleLocalService _roleLocalService;
	private final UserLocalService _userLocalService;

}
