package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.UserGroup;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserGroupLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The user groups that stand for classes and groups, found and created by name (see {@link UserGroupNames}).
 */
public class StructureUserGroups {

	public StructureUserGroups(
		UserGroupLocalService userGroupLocalService,
		UserLocalService userLocalService) {

		_userGroupLocalService = userGroupLocalService;
		_userLocalService = userLocalService;
	}

	public UserGroup getOrAdd(long companyId, String name) {
		UserGroup userGroup = _userGroupLocalService.fetchUserGroup(
			companyId, name);

		if (userGroup != null) {
			return userGroup;
		}

		try {
			return _userGroupLocalService.addUserGroup(
				_userLocalService.getGuestUserId(companyId), companyId, name,
				"", new ServiceContext());
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"cannot add user group " + name, portalException);
		}
	}

	/**
	 * Returns the company's user groups whose name starts with the prefix, ordered by name.
	 */
	public List<UserGroup> withPrefix(long companyId, String prefix) {
		List<UserGroup> userGroups = new ArrayList<>();

		for (UserGroup userGroup :
				_userGroupLocalService.getUserGroups(companyId)) {

			if (userGroup.getName(
				).startsWith(
					prefix
				)) {

				userGroups.add(userGroup);
			}
		}

		userGroups.sort(Comparator.comparing(UserGroup::getName));

		return userGroups;
	}

	private final UserGroupLocalService _userGroupLocalService;
	private final UserLocalService _userLocalService;

}
