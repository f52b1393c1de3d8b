package org.preau.core.directory.model;

import java.util.Locale;

public enum EstablishmentKind {

	COLLEGE, LYCEE, LYCEE_PROFESSIONNEL, CITE_SCOLAIRE, OTHER;

	public static EstablishmentKind parse(String text) {
		if (text != null) {
			String normalized = Names.fold(text).toUpperCase(Locale.ROOT);

			if (normalized.startsWith("CLG") || normalized.startsWith("COLLEGE")) {
				return COLLEGE;
			}

			if (normalized.startsWith("LP") || normalized.contains("PROFESSIONNEL")) {
				return LYCEE_PROFESSIONNEL;
			}

			if (normalized.startsWith("LYC") || normalized.startsWith("LGT") ||
				normalized.startsWith("LG")) {

				return LYCEE;
			}

			if (normalized.startsWith("CITE")) {
				return CITE_SCOLAIRE;
			}
		}

		return OTHER;
	}

}
