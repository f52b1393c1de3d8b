package org.preau.core.rights.model;

import java.util.Locale;

/**
 * What a profile may do with an ENT service.
 */
public enum ServiceAction {

	/** Read what the service holds: the cahier de textes of all teachers, the grades, the pupils' records. */
	CONSULT,
	/** Add to it: write in the cahier de textes, enter grades, propose a sanction, post in a rubrique. */
	CONTRIBUTE,
	/** Run it: settings, validation, everyone's entries. */
	MANAGE;

	public static ServiceAction parse(String text) {
		if (text != null) {
			for (ServiceAction action : values()) {
				if (action.key().equals(text.trim().toLowerCase(Locale.ROOT))) {
					return action;
				}
			}
		}

		throw new IllegalArgumentException(
			"unknown action \"" + text + "\"; expected consult, contribute or " +
				"manage");
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
