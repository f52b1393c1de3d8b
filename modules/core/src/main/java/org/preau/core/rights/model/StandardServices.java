package org.preau.core.rights.model;

import static org.preau.core.rights.model.RightsRole.ADMINISTRATIVE;
import static org.preau.core.rights.model.RightsRole.DIRECTION;
import static org.preau.core.rights.model.RightsRole.DOCUMENTATION;
import static org.preau.core.rights.model.RightsRole.EDUCATION;
import static org.preau.core.rights.model.RightsRole.GUEST;
import static org.preau.core.rights.model.RightsRole.HEAD_TEACHER;
import static org.preau.core.rights.model.RightsRole.NURSE;
import static org.preau.core.rights.model.RightsRole.PARENT;
import static org.preau.core.rights.model.RightsRole.PSYCHOLOGIST;
import static org.preau.core.rights.model.RightsRole.PUPIL;
import static org.preau.core.rights.model.RightsRole.SOCIAL_WORKER;
import static org.preau.core.rights.model.RightsRole.TEACHER;
import static org.preau.core.rights.model.RightsRole.TECHNICAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The services every ENT offers, and the académie's default matrix for them, following the recommendations given to
 * heads of school: teachers consult the pupils' records; everyone's cahier de textes is readable, by the social
 * worker, the psychologist and the nurse too; grades are readable by the CPE and vie scolaire, the social worker and
 * the psychologist; sanctions are managed by the CPE; targeted communication belongs to the head.
 */
public final class StandardServices {

	public static final String ANNUAIRE = "annuaire";

	public static final String CAHIER_DE_TEXTES = "cahier-de-textes";

	public static final String COMMUNICATION_CIBLEE = "communication-ciblee";

	public static final String EMPLOI_DU_TEMPS = "emploi-du-temps";

	public static final String EVALUATIONS = "evaluations";

	public static final String MESSAGERIE = "messagerie";

	public static final String RESERVATION_RESSOURCES = "reservation-ressources";

	public static final String RESSOURCES_NUMERIQUES = "ressources-numeriques";

	public static final String RUBRIQUES = "rubriques";

	public static final String SANCTIONS = "sanctions";

	public static final String VIE_DE_L_ELEVE = "vie-de-l-eleve";

	public static List<EntService> all() {
		return _SERVICES;
	}

	/**
	 * The académie's defaults: every cell not listed is refused.
	 */
	public static Set<Grant> defaults() {
		return _DEFAULTS;
	}

	private StandardServices() {
	}

	private static void _grant(
		Set<Grant> grants, String serviceKey, ServiceAction action,
		RightsRole... roles) {

		for (RightsRole role : roles) {
			grants.add(Grant.of(role, serviceKey, action));
		}
	}

	private static final Set<Grant> _DEFAULTS;

	private static final RightsRole[] _STAFF = {
		DIRECTION, EDUCATION, DOCUMENTATION, NURSE, SOCIAL_WORKER, PSYCHOLOGIST,
		ADMINISTRATIVE, TECHNICAL
	};

	private static final List<EntService> _SERVICES;

	static {
		Set<ServiceAction> all = EnumSet.allOf(ServiceAction.class);

		List<EntService> services = new ArrayList<>();

		for (String key :
				new String[] {
					CAHIER_DE_TEXTES, EVALUATIONS, VIE_DE_L_ELEVE, SANCTIONS,
					MESSAGERIE, ANNUAIRE, RESERVATION_RESSOURCES,
					EMPLOI_DU_TEMPS, RUBRIQUES, RESSOURCES_NUMERIQUES
				}) {

			services.add(new EntService(key, all));
		}

		services.add(
			new EntService(
				COMMUNICATION_CIBLEE, EnumSet.of(ServiceAction.MANAGE)));

		_SERVICES = Collections.unmodifiableList(services);

		Set<Grant> grants = new LinkedHashSet<>();

		_grant(
			grants, CAHIER_DE_TEXTES, ServiceAction.CONSULT, PUPIL, PARENT,
			TEACHER, HEAD_TEACHER, DIRECTION, EDUCATION, DOCUMENTATION, NURSE,
			SOCIAL_WORKER, PSYCHOLOGIST);
		_grant(grants, CAHIER_DE_TEXTES, ServiceAction.CONTRIBUTE, TEACHER);
		_grant(grants, CAHIER_DE_TEXTES, ServiceAction.MANAGE, DIRECTION);

		_grant(
			grants, EVALUATIONS, ServiceAction.CONSULT, PUPIL, PARENT, TEACHER,
			HEAD_TEACHER, DIRECTION, EDUCATION, SOCIAL_WORKER, PSYCHOLOGIST);
		_grant(grants, EVALUATIONS, ServiceAction.CONTRIBUTE, TEACHER);
		_grant(grants, EVALUATIONS, ServiceAction.MANAGE, DIRECTION);

		_grant(
			grants, VIE_DE_L_ELEVE, ServiceAction.CONSULT, TEACHER, HEAD_TEACHER,
			DIRECTION, EDUCATION, NURSE, SOCIAL_WORKER, PSYCHOLOGIST);
		_grant(
			grants, VIE_DE_L_ELEVE, ServiceAction.CONTRIBUTE, HEAD_TEACHER,
			EDUCATION);
		_grant(grants, VIE_DE_L_ELEVE, ServiceAction.MANAGE, DIRECTION);

		_grant(
			grants, SANCTIONS, ServiceAction.CONSULT, PARENT, PUPIL, TEACHER,
			HEAD_TEACHER, DIRECTION, EDUCATION);
		_grant(grants, SANCTIONS, ServiceAction.CONTRIBUTE, TEACHER);
		_grant(grants, SANCTIONS, ServiceAction.MANAGE, EDUCATION, DIRECTION);

		_grant(
			grants, MESSAGERIE, ServiceAction.CONSULT, PUPIL, PARENT, TEACHER,
			HEAD_TEACHER);
		_grant(grants, MESSAGERIE, ServiceAction.CONSULT, _STAFF);
		_grant(
			grants, MESSAGERIE, ServiceAction.CONTRIBUTE, PUPIL, PARENT,
			TEACHER, HEAD_TEACHER);
		_grant(grants, MESSAGERIE, ServiceAction.CONTRIBUTE, _STAFF);
		_grant(grants, MESSAGERIE, ServiceAction.MANAGE, DIRECTION);

		_grant(
			grants, ANNUAIRE, ServiceAction.CONSULT, PUPIL, PARENT, TEACHER,
			HEAD_TEACHER);
		_grant(grants, ANNUAIRE, ServiceAction.CONSULT, _STAFF);
		_grant(grants, ANNUAIRE, ServiceAction.MANAGE, DIRECTION);

		_grant(
			grants, RESERVATION_RESSOURCES, ServiceAction.CONSULT, TEACHER,
			HEAD_TEACHER);
		_grant(grants, RESERVATION_RESSOURCES, ServiceAction.CONSULT, _STAFF);
		_grant(
			grants, RESERVATION_RESSOURCES, ServiceAction.CONTRIBUTE, TEACHER,
			HEAD_TEACHER, DIRECTION, EDUCATION, DOCUMENTATION);
		_grant(
			grants, RESERVATION_RESSOURCES, ServiceAction.MANAGE, DIRECTION,
			ADMINISTRATIVE);

		_grant(
			grants, EMPLOI_DU_TEMPS, ServiceAction.CONSULT, PUPIL, PARENT,
			TEACHER, HEAD_TEACHER);
		_grant(grants, EMPLOI_DU_TEMPS, ServiceAction.CONSULT, _STAFF);
		_grant(grants, EMPLOI_DU_TEMPS, ServiceAction.MANAGE, DIRECTION);

		_grant(
			grants, RUBRIQUES, ServiceAction.CONSULT, PUPIL, PARENT, TEACHER,
			HEAD_TEACHER, GUEST);
		_grant(grants, RUBRIQUES, ServiceAction.CONSULT, _STAFF);
		_grant(
			grants, RUBRIQUES, ServiceAction.CONTRIBUTE, TEACHER, HEAD_TEACHER,
			DIRECTION, EDUCATION, DOCUMENTATION);
		_grant(grants, RUBRIQUES, ServiceAction.MANAGE, DIRECTION);

		_grant(
			grants, RESSOURCES_NUMERIQUES, ServiceAction.CONSULT, PUPIL,
			TEACHER, HEAD_TEACHER, DIRECTION, EDUCATION, DOCUMENTATION);
		_grant(
			grants, RESSOURCES_NUMERIQUES, ServiceAction.CONTRIBUTE, TEACHER,
			DOCUMENTATION);
		_grant(
			grants, RESSOURCES_NUMERIQUES, ServiceAction.MANAGE, DOCUMENTATION,
			DIRECTION);

		_grant(grants, COMMUNICATION_CIBLEE, ServiceAction.MANAGE, DIRECTION);

		_DEFAULTS = Collections.unmodifiableSet(grants);
	}

}
