package org.preau.liferay.web.internal.adapter;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.preau.core.directory.model.Profile;
import org.preau.liferay.web.constants.PreauRoleConstants;

/**
 * The regular role that stands for each profile: a person holds the role of their profile.
 */
public class ProfileRoles {

	public static Map<Profile, String> all() {
		return _ROLE_NAMES;
	}

	public static String roleName(Profile profile) {
		return _ROLE_NAMES.get(profile);
	}

	private static final Map<Profile, String> _ROLE_NAMES;

	static {
		Map<Profile, String> roleNames = new EnumMap<>(Profile.class);

		roleNames.put(Profile.GUEST, PreauRoleConstants.GUEST);
		roleNames.put(Profile.PARENT, PreauRoleConstants.PARENT);
		roleNames.put(Profile.PUPIL, PreauRoleConstants.PUPIL);
		roleNames.put(Profile.STAFF, PreauRoleConstants.STAFF);
		roleNames.put(Profile.TEACHER, PreauRoleConstants.TEACHER);

		_ROLE_NAMES = Collections.unmodifiableMap(roleNames);
	}

}
