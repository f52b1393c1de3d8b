package org.preau.liferay.web.constants;

/**
 * The custom fields Préau adds to portal entities. An organization is an establishment when it carries a UAI; a user
 * is a person of the directory when they carry an external ID; a user group is a class or a group when its name says
 * so (see the user group names of the adapters).
 */
public class PreauExpandoConstants {

	/**
	 * The code of an entry of a nomenclature table.
	 */
	public static final String NOMENCLATURE_CODE = "code";

	/**
	 * The label of an entry of a nomenclature table.
	 */
	public static final String NOMENCLATURE_LABEL = "label";

	/**
	 * The custom table of the levels (MEF) nomenclature, attached to the company.
	 */
	public static final String NOMENCLATURE_LEVELS = "preau-levels";

	/**
	 * The custom table of the subjects nomenclature, attached to the company.
	 */
	public static final String NOMENCLATURE_SUBJECTS = "preau-subjects";

	/**
	 * The city the feeds give, for establishments whose organization has no address.
	 */
	public static final String ORGANIZATION_CITY = "preau-city";

	public static final String ORGANIZATION_ESTABLISHMENT_KIND =
		"preau-establishment-kind";

	public static final String ORGANIZATION_UAI = "preau-uai";

	public static final String USER_BIRTH_DATE = "preau-birth-date";

	public static final String USER_CLASS = "preau-class";

	public static final String USER_DELETION_PROPOSED_ON =
		"preau-deletion-proposed-on";

	public static final String USER_DETACHED_ON = "preau-detached-on";

	/**
	 * The address the feed gives, which may differ from the user's own: the portal refuses two users with one address,
	 * and parents often share one.
	 */
	public static final String USER_EMAIL = "preau-email";

	/**
	 * The key of the person in the source that owns them: the AAF jointure, the SIECLE ELEVE_ID, the STS ID.
	 */
	public static final String USER_EXTERNAL_ID = "preau-external-id";

	public static final String USER_FUNCTIONS = "preau-functions";

	public static final String USER_GROUP_CLASS_CODES = "preau-class-codes";

	public static final String USER_GROUP_MEF_CODE = "preau-mef-code";

	public static final String USER_INE = "preau-ine";

	public static final String USER_PROFILE = "preau-profile";

	public static final String USER_SOURCE = "preau-source";

	/**
	 * The keys under which sources other than the owner know the person, one {@code SOURCE:id} a line.
	 */
	public static final String USER_SOURCE_KEYS = "preau-source-keys";

	public static final String USER_STATE = "preau-state";

	public static final String USER_UAI = "preau-uai";

}
