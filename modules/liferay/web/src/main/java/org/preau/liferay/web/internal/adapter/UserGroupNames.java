package org.preau.liferay.web.internal.adapter;

import org.preau.core.directory.model.Uai;

/**
 * How the portal's user groups that stand for classes and groups are named. User groups are company-wide in the
 * portal, so the name carries the establishment's UAI; the names stay readable in the portal's own screens.
 */
public class UserGroupNames {

	public static String className(Uai uai, String classCode) {
		return classPrefix(uai) + classCode;
	}

	public static String classPrefix(Uai uai) {
		return uai.value() + _CLASS_INFIX;
	}

	public static String groupName(Uai uai, String groupCode) {
		return groupPrefix(uai) + groupCode;
	}

	public static String groupPrefix(Uai uai) {
		return uai.value() + _GROUP_INFIX;
	}

	/**
	 * Whether the name is one of a class or a group of some establishment: only those user groups follow the feeds;
	 * the others are the administrators' own.
	 */
	public static boolean isStructureName(String name) {
		if ((name == null) || (name.length() <= _UAI_LENGTH)) {
			return false;
		}

		String uai = name.substring(0, _UAI_LENGTH);

		if (!Uai.isValid(uai)) {
			return false;
		}

		String rest = name.substring(_UAI_LENGTH);

		if ((rest.startsWith(_CLASS_INFIX) || rest.startsWith(_GROUP_INFIX)) &&
			(rest.length() > _CLASS_INFIX.length())) {

			return true;
		}

		return false;
	}

	/**
	 * The SQL {@code LIKE} pattern of the names that start with a prefix. A UAI holds only digits and a letter, so a
	 * prefix needs no escaping.
	 */
	public static String likePattern(String prefix) {
		return prefix + "%";
	}

	private static final String _CLASS_INFIX = " classe ";

	private static final String _GROUP_INFIX = " groupe ";

	private static final int _UAI_LENGTH = 8;

}
