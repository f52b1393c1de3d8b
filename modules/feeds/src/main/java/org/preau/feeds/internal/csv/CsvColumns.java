package org.preau.feeds.internal.csv;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.StaffFunction;

/**
 * The vocabulary of CSV files as schools write them: French column names, spelt with or without accents, spaces,
 * hyphens or capitals, profiles and staff functions in words or codes.
 */
final class CsvColumns {

	/**
	 * The column a header names, or the folded header itself when it names none the reader knows.
	 */
	static String column(String header) {
		String folded = fold(header);

		String column = _ALIASES.get(folded);

		return (column == null) ? folded : column;
	}

	/**
	 * Lower case, without accents, spaces or punctuation: {@code Date de naissance} is {@code datedenaissance}.
	 */
	static String fold(String text) {
		return Normalizer.normalize(
			text, Normalizer.Form.NFD
		).replaceAll(
			"\\p{M}", ""
		).toLowerCase(
			Locale.ROOT
		).replaceAll(
			"[^a-z0-9]", ""
		);
	}

	static StaffFunction function(String text) {
		StaffFunction function = StaffFunction.parse(text);

		if (function != StaffFunction.OTHER) {
			return function;
		}

		String folded = fold(text);

		for (Map.Entry<String, StaffFunction> entry :
				_FUNCTION_WORDS.entrySet()) {

			if (folded.startsWith(entry.getKey())) {
				return entry.getValue();
			}
		}

		return StaffFunction.OTHER;
	}

	/**
	 * The profile a file name or a {@code profil} value says, or null.
	 */
	static Profile profile(String text) {
		String folded = fold(text);

		if (folded.startsWith("eleve") || folded.equals("pupil") ||
			folded.equals("national1")) {

			return Profile.PUPIL;
		}

		if (folded.startsWith("parent") || folded.startsWith("responsable") ||
			folded.equals("national2")) {

			return Profile.PARENT;
		}

		if (folded.startsWith("enseignant") ||
			folded.startsWith("professeur") || folded.equals("teacher") ||
			folded.equals("national3")) {

			return Profile.TEACHER;
		}

		if (folded.startsWith("personnel") || folded.equals("staff") ||
			folded.equals("national4")) {

			return Profile.STAFF;
		}

		return null;
	}

	/**
	 * The order of a CSV file: pupils, parents, teachers, staff, then files of mixed profiles; -1 for a file that is
	 * not CSV.
	 */
	static int rankOf(String fileName) {
		String lowerCase = fileName.toLowerCase(Locale.ROOT);

		if (!lowerCase.endsWith(".csv")) {
			return -1;
		}

		Profile profile = profile(fileName);

		return (profile == null) ? 4 : profile.ordinal();
	}

	private CsvColumns() {
	}

	static final String BIRTH_DATE = "datedenaissance";

	static final String CHILDREN = "enfants";

	static final String CLASS = "classe";

	static final String CLASSES = "classes";

	static final String EMAIL = "mail";

	static final String FIRST_NAME = "prenom";

	static final String FUNCTIONS = "fonction";

	static final String GROUPS = "groupes";

	static final String HEAD_OF = "principal";

	static final String ID = "identifiant";

	static final String INE = "ine";

	static final String KINSHIP = "lien";

	static final String LAST_NAME = "nom";

	static final String LEVEL = "niveau";

	static final String MEF = "mef";

	static final String PROFILE = "profil";

	static final String SUBJECTS = "matieres";

	static final String UAI = "uai";

	private static final Map<String, String> _ALIASES = new HashMap<>();

	private static final Map<String, StaffFunction> _FUNCTION_WORDS =
		new LinkedHashMap<>();

	static {
		String[][] aliases = {
			{ID, "id", "identifiant", "identifiantexterne", "externalid"},
			{LAST_NAME, "nom", "nomdefamille", "nomusage"},
			{FIRST_NAME, "prenom"},
			{BIRTH_DATE, "datedenaissance", "datenaissance", "naissance"},
			{CLASS, "classe", "division"}, {CLASSES, "classes"},
			{GROUPS, "groupes", "groupe"}, {INE, "ine", "idnational"},
			{EMAIL, "mail", "email", "courriel", "mel"},
			{UAI, "uai", "rne", "uaj"}, {FUNCTIONS, "fonction", "fonctions"},
			{SUBJECTS, "matieres", "matiere", "disciplines", "discipline"},
			{CHILDREN, "enfants", "eleves"},
			{LEVEL, "niveau", "responsabilite", "niveauresponsabilite"},
			{KINSHIP, "lien", "parente", "codeparente"},
			{PROFILE, "profil", "profile"},
			{HEAD_OF, "principal", "professeurprincipal", "profprincipal"},
			{MEF, "mef", "codemef"}
		};

		for (String[] names : aliases) {
			for (int i = 1; i < names.length; i++) {
				_ALIASES.put(names[i], names[0]);
			}
		}

		_FUNCTION_WORDS.put("direct", StaffFunction.DIR);
		_FUNCTION_WORDS.put("principal", StaffFunction.DIR);
		_FUNCTION_WORDS.put("proviseur", StaffFunction.DIR);
		_FUNCTION_WORDS.put("cpe", StaffFunction.EDU);
		_FUNCTION_WORDS.put("conseiller", StaffFunction.EDU);
		_FUNCTION_WORDS.put("viescolaire", StaffFunction.EDU);
		_FUNCTION_WORDS.put("educat", StaffFunction.EDU);
		_FUNCTION_WORDS.put("documental", StaffFunction.DOC);
		_FUNCTION_WORDS.put("psy", StaffFunction.ORI);
		_FUNCTION_WORDS.put("orientation", StaffFunction.ORI);
		_FUNCTION_WORDS.put("assistantdeducation", StaffFunction.AED);
		_FUNCTION_WORDS.put("surveillant", StaffFunction.AED);
		_FUNCTION_WORDS.put("assistantsocial", StaffFunction.SOC);
		_FUNCTION_WORDS.put("assistantesocial", StaffFunction.SOC);
		_FUNCTION_WORDS.put("infirmi", StaffFunction.MDS);
		_FUNCTION_WORDS.put("medecin", StaffFunction.MDS);
		_FUNCTION_WORDS.put("administrat", StaffFunction.ADF);
		_FUNCTION_WORDS.put("secretair", StaffFunction.ADF);
		_FUNCTION_WORDS.put("gestionnaire", StaffFunction.ADF);
		_FUNCTION_WORDS.put("agent", StaffFunction.LAB);
		_FUNCTION_WORDS.put("technic", StaffFunction.LAB);
		_FUNCTION_WORDS.put("laborantin", StaffFunction.LAB);
		_FUNCTION_WORDS.put("enseign", StaffFunction.ENS);
	}

}
