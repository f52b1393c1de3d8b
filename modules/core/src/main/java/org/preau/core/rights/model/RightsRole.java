package org.preau.core.rights.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.StaffFunction;

/**
 * The rows of a rights matrix: a profile, or a function that staff hold on top of theirs. A person holds one or
 * several of them.
 */
public enum RightsRole {

	PUPIL, PARENT, TEACHER,
	/** Professeur principal of a class. */
	HEAD_TEACHER,
	/** Head and deputy. */
	DIRECTION,
	/** CPE and vie scolaire, assistants d'éducation. */
	EDUCATION, DOCUMENTATION, NURSE, SOCIAL_WORKER,
	/** Psychologue de l'Éducation nationale. */
	PSYCHOLOGIST, ADMINISTRATIVE, TECHNICAL, GUEST;

	/**
	 * The roles of a person: their profile's, their functions', and head teacher where they are the professeur
	 * principal of a class.
	 */
	public static Set<RightsRole> of(Person person, boolean headTeacher) {
		Set<RightsRole> roles = EnumSet.noneOf(RightsRole.class);

		switch (person.profile()) {
			case PUPIL:
				roles.add(PUPIL);

				break;
			case PARENT:
				roles.add(PARENT);

				break;
			case TEACHER:
				roles.add(TEACHER);

				break;
			case GUEST:
				roles.add(GUEST);

				break;
			default:
				break;
		}

		for (StaffFunction function : person.functions()) {
			RightsRole role = _ofFunction(function);

			if (role != null) {
				roles.add(role);
			}
		}

		if (headTeacher) {
			roles.add(HEAD_TEACHER);
		}

		if (roles.isEmpty()) {

			// Staff with no function the matrix knows still get what the matrix gives administrative staff

			roles.add(ADMINISTRATIVE);
		}

		return roles;
	}

	public static RightsRole parse(String text) {
		if (text != null) {
			for (RightsRole role : values()) {
				if (role.key().equals(text.trim().toLowerCase(Locale.ROOT))) {
					return role;
				}
			}
		}

		throw new IllegalArgumentException("unknown role \"" + text + "\"");
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static RightsRole _ofFunction(StaffFunction function) {
		switch (function) {
			case ENS:
				return TEACHER;
			case DIR:
				return DIRECTION;
			case EDU:
			case AED:
				return EDUCATION;
			case DOC:
				return DOCUMENTATION;
			case MDS:
				return NURSE;
			case SOC:
				return SOCIAL_WORKER;
			case ORI:
				return PSYCHOLOGIST;
			case ADF:
				return ADMINISTRATIVE;
			case LAB:
				return TECHNICAL;
			default:
				return null;
		}
	}

}
