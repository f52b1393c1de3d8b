package org.preau.core.directory.model;

/**
 * The national ENT profiles. A person holds one profile in an establishment; staff hold functions on top of it.
 */
public enum Profile {

	PUPIL("National_1"), PARENT("National_2"), TEACHER("National_3"),
	STAFF("National_4"), GUEST("National_6");

	/**
	 * Finds a profile from its name ({@code pupil}) or its national code ({@code National_1}).
	 */
	public static Profile parse(String text) {
		if (text != null) {
			for (Profile profile : values()) {
				if (profile.name().equalsIgnoreCase(text.trim()) ||
					profile._nationalCode.equalsIgnoreCase(text.trim())) {

					return profile;
				}
			}
		}

		throw new IllegalArgumentException("unknown profile \"" + text + "\"");
	}

	public boolean isAdult() {
		return this != PUPIL;
	}

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public String nationalCode() {
		return _nationalCode;
	}

	private Profile(String nationalCode) {
		_nationalCode = nationalCode;
	}

	private final String _nationalCode;

}
