package org.preau.liferay.web.constants;

/**
 * The names of the portal roles Préau reads and gives. Each portal instance gets them when it starts
 * ({@code PreauInstanceSetup}); Préau gives the users it makes (the directory's people and the guests) the regular
 * role of their profile, while the administrators' roles are assigned in the portal.
 */
public class PreauRoleConstants {

	/**
	 * A regular role: its holders administer every establishment (académie, DANE).
	 */
	public static final String ACADEMY_ADMINISTRATOR =
		"Préau Academy Administrator";

	/**
	 * An organization role: its holders administer the establishment of that organization.
	 */
	public static final String ESTABLISHMENT_ADMINISTRATOR =
		"Préau Establishment Administrator";

	public static final String GUEST = "Préau Guest";

	public static final String PARENT = "Préau Parent";

	public static final String PUPIL = "Préau Pupil";

	public static final String STAFF = "Préau Staff";

	public static final String TEACHER = "Préau Teacher";

}
