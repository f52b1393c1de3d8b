package org.preau.core.directory.model;

import java.util.Locale;

/**
 * The function codes that STSweb and the AAF give to staff (ENTPersonFonctions). Unknown codes are kept as they are by
 * {@link #parse}, mapped to {@link #OTHER}.
 */
public enum StaffFunction {

	/** Teaching. */
	ENS,
	/** Education: CPE and vie scolaire. */
	EDU,
	/** Direction: head and deputy. */
	DIR,
	/** Documentation. */
	DOC,
	/** Guidance: psychologue de l'Éducation nationale. */
	ORI,
	/** Assistant d'éducation. */
	AED,
	/** Administrative staff. */
	ADF,
	/** Health: school nurse. */
	MDS,
	/** Social worker. */
	SOC,
	/** Technical staff. */
	LAB,
	/** Any other code. */
	OTHER;

	public static StaffFunction parse(String code) {
		if (code != null) {
			String normalized = code.trim().toUpperCase(Locale.ROOT);

			for (StaffFunction function : values()) {
				if (function.name().equals(normalized)) {
					return function;
				}
			}
		}

		return OTHER;
	}

}
