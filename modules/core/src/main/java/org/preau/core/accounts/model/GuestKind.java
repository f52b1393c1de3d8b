package org.preau.core.accounts.model;

import java.util.Locale;

/**
 * A guest invited for a while (a visitor, a substitute before the feed knows them), or a partner of an institution.
 */
public enum GuestKind {

	GUEST, PARTNER;

	public static GuestKind parse(String text) {
		for (GuestKind kind : values()) {
			if (kind.key().equalsIgnoreCase(String.valueOf(text).trim())) {
				return kind;
			}
		}

		throw new IllegalArgumentException(
			"unknown guest kind \"" + text + "\": guest or partner");
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
