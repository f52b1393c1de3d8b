package org.preau.feeds.internal.siecle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.Names;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.ImportSink;
import org.preau.feeds.FeedException;
import org.preau.feeds.internal.FeedEntry;
import org.preau.feeds.internal.FeedSession;
import org.preau.feeds.internal.XmlElement;
import org.preau.feeds.internal.XmlRecords;

/**
 * One read of SIECLE "Base élèves" exports.
 *
 * <p>
 * A pupils file lists its pupils, then, in another section, their classes and groups; a responsible persons file lists
 * the persons, then their links to pupils. So a file's pupils, or persons, are held until the file is read, then handed
 * over: a file is one school's, a few thousand small records. Across files, the session remembers which pupils are
 * active, so that a parent whose children have all left is handed over as not active too, and the classes of each
 * group, handed over at the end.
 * </p>
 *
 * <p>
 * A pupil whose DATE_SORTIE is before the export date has left the school: the pupil is handed over
 * {@link PersonState#DETACHED}, like an account that a complete feed no longer names, rather than left out, so that
 * an import keeps the account, its class and its parents' links until the year-end clean-up, and an administrator
 * sees why. Relations to pupils that the read's pupils files do not list are left out, with no parent account for
 * them.
 * </p>
 */
final class SiecleSession implements FeedSession {

	SiecleSession(
		ImportSink importSink, boolean includeInChargePersons,
		LocalDate exportDate) {

		_importSink = importSink;
		_includeInChargePersons = includeInChargePersons;
		_exportDate = exportDate;
	}

	@Override
	public void finish() {
		for (Map.Entry<String, Set<String>> entry : _groups.entrySet()) {
			String key = entry.getKey();

			int index = key.indexOf('$');

			_importSink.group(
				new Group(
					Uai.of(key.substring(0, index)), key.substring(index + 1),
					entry.getValue()));
		}
	}

	@Override
	public long read(FeedEntry feedEntry) throws FeedException {
		SiecleFile siecleFile = new SiecleFile();

		long count = XmlRecords.read(
			feedEntry, ROOTS,
			"a SIECLE export starts with <BEE_ELEVES>, <BEE_RESPONSABLES>, " +
				"<BEE_NOMENCLATURES> or <BEE_STRUCTURES>",
			_RECORD_PATHS,
			(path, element) -> {
				try {
					_record(siecleFile, path, element);
				}
				catch (IllegalArgumentException illegalArgumentException) {
					throw element.error(
						_recordId(element),
						illegalArgumentException.getMessage());
				}
			});

		if (!siecleFile.pupils.isEmpty()) {
			_handPupils(siecleFile);
		}

		if (!siecleFile.persons.isEmpty() ||
			!siecleFile.responsibilities.isEmpty()) {

			_handPersons(siecleFile);
		}

		return count;
	}

	private static String _key(Uai uai, String code) {
		return uai.value() + "$" + code;
	}

	private static String _recordId(XmlElement element) {
		for (String name : _ID_ATTRIBUTES) {
			String value = element.attribute(name);

			if (value != null) {
				return value;
			}
		}

		return element.text("ELEVE_ID");
	}

	private static String _require(
			XmlElement element, String recordId, String... names)
		throws FeedException {

		for (String name : names) {
			String value = element.value(name);

			if (value != null) {
				return value;
			}
		}

		throw element.error(
			recordId,
			"<" + element.name() + "> has no " + String.join(" nor ", names));
	}

	private static String _text(XmlElement element, String... names) {
		for (String name : names) {
			String value = element.text(name);

			if (value != null) {
				return value;
			}
		}

		return null;
	}

	private void _classSeen(Uai uai, String classCode, String mefCode) {
		if (_classes.add(_key(uai, classCode))) {
			_importSink.schoolClass(new SchoolClass(uai, classCode, mefCode));
		}
	}

	private LocalDate _date(
			XmlElement element, String recordId, String name)
		throws FeedException {

		String value = element.text(name);

		if (value == null) {
			return null;
		}

		try {
			return LocalDate.parse(value, _DATE_FORMATTER);
		}
		catch (DateTimeParseException dateTimeParseException) {
			throw element.error(
				recordId, name + " \"" + value + "\" is not a date dd/MM/yyyy");
		}
	}

	private void _division(SiecleFile siecleFile, XmlElement element)
		throws FeedException {

		String code = _require(element, null, "CODE_STRUCTURE");

		String mefCode = null;

		XmlElement mefs = element.child("MEFS_APPARTENANCE");

		if (mefs != null) {
			for (XmlElement mef : mefs.children("MEF_APPARTENANCE")) {
				mefCode = mef.value("CODE");

				if (mefCode != null) {
					break;
				}
			}
		}

		_classSeen(siecleFile.uai(element, code), code, mefCode);
	}

	private void _group(SiecleFile siecleFile, XmlElement element)
		throws FeedException {

		String code = _require(element, null, "CODE_STRUCTURE");

		Set<String> classCodes = _groupClasses(
			siecleFile.uai(element, code), code);

		XmlElement divisions = element.child("DIVISIONS_APPARTENANCE");

		if (divisions == null) {
			return;
		}

		for (XmlElement division :
				divisions.children("DIVISION_APPARTENANCE")) {

			String classCode = division.value("CODE_STRUCTURE");

			if (classCode != null) {
				classCodes.add(classCode);
			}
		}
	}

	/**
	 * The classes of the group, known so far. The code is checked here, where the record at fault is known, since
	 * groups are handed over only at the end of the read.
	 */
	private Set<String> _groupClasses(Uai uai, String groupCode) {
		String key = _key(uai, groupCode);

		Set<String> classCodes = _groups.get(key);

		if (classCodes == null) {
			Names.require(groupCode, "group code");

			classCodes = new TreeSet<>();

			_groups.put(key, classCodes);
		}

		return classCodes;
	}

	private void _handPersons(SiecleFile siecleFile) throws FeedException {
		Uai uai = siecleFile.uai;

		boolean pupilsKnown = _pupilSchools.contains(uai);

		Map<String, Boolean> parents = new LinkedHashMap<>();
		List<ParentRelation> relations = new ArrayList<>();

		for (Responsibility responsibility : siecleFile.responsibilities) {
			if ((responsibility.legalLevel != LegalLevel.LEGAL) &&
				((responsibility.legalLevel != LegalLevel.IN_CHARGE) ||
				 !_includeInChargePersons)) {

				continue;
			}

			Boolean pupilActive = Boolean.TRUE;

			if (pupilsKnown) {
				pupilActive = _activePupils.get(
					_key(uai, responsibility.pupilId));

				if (pupilActive == null) {
					continue;
				}
			}

			if (!siecleFile.persons.containsKey(responsibility.personId)) {
				throw responsibility.element.error(
					responsibility.pupilId,
					"PERSONNE_ID " + responsibility.personId +
						" names no <PERSONNE> of the file");
			}

			parents.merge(
				responsibility.personId, pupilActive, Boolean::logicalOr);

			relations.add(responsibility.relation);
		}

		for (Map.Entry<String, Boolean> entry : parents.entrySet()) {
			XmlElement element = siecleFile.persons.get(entry.getKey());

			try {
				_importSink.person(
					Person.builder(
					).externalId(
						entry.getKey()
					).profile(
						Profile.PARENT
					).source(
						Source.SIECLE
					).uai(
						uai
					).lastName(
						_text(element, "NOM_USAGE", "NOM_DE_FAMILLE", "NOM")
					).firstName(
						element.text("PRENOM")
					).email(
						element.text("MEL")
					).state(
						entry.getValue() ? PersonState.ACTIVE :
							PersonState.DETACHED
					).build());
			}
			catch (IllegalArgumentException | NullPointerException
						exception) {

				throw element.error(entry.getKey(), exception.getMessage());
			}
		}

		for (ParentRelation relation : relations) {
			_importSink.relation(relation);
		}
	}

	private void _handPupils(SiecleFile siecleFile) throws FeedException {
		Uai uai = siecleFile.uai;

		_pupilSchools.add(uai);

		for (Map.Entry<String, Pupil> entry : siecleFile.pupils.entrySet()) {
			Pupil pupil = entry.getValue();

			Person person;

			try {
				person = pupil.builder.build();

				String classCode = person.classCode(
				).orElse(
					null
				);

				if (classCode != null) {
					_classSeen(uai, classCode, pupil.mefCode);
				}

				for (String groupCode : person.groupCodes()) {
					Set<String> classCodes = _groupClasses(uai, groupCode);

					if (classCode != null) {
						classCodes.add(classCode);
					}
				}
			}
			catch (IllegalArgumentException | NullPointerException
						exception) {

				throw pupil.element.error(
					entry.getKey(), exception.getMessage());
			}

			_importSink.person(person);

			_activePupils.put(
				_key(uai, person.externalId()),
				person.state() == PersonState.ACTIVE);
		}
	}

	private void _level(XmlElement element) throws FeedException {
		String code = _require(element, null, "CODE_MEF");

		String label = _text(
			element, "LIBELLE_LONG", "FORMATION", "LIBELLE_EDITION",
			"LIBELLE_COURT");

		_importSink.level(new Level(code, (label == null) ? code : label));
	}

	private void _parameters(SiecleFile siecleFile, XmlElement element)
		throws FeedException {

		String uaiValue = element.value("UAJ");

		if (uaiValue == null) {
			throw element.error(null, "<PARAMETRES> has no <UAJ>");
		}

		if (!Uai.isValid(uaiValue)) {
			throw element.error(
				null, "<UAJ> \"" + uaiValue + "\" is not a UAI");
		}

		siecleFile.uai = Uai.of(uaiValue);

		siecleFile.exportDate = (_exportDate != null) ? _exportDate :
			_date(element, null, "DATE_EXPORT");
	}

	private void _person(SiecleFile siecleFile, XmlElement element)
		throws FeedException {

		String id = _require(element, null, "PERSONNE_ID");

		siecleFile.uai(element, id);

		siecleFile.persons.put(id, element);
	}

	private void _pupil(SiecleFile siecleFile, XmlElement element)
		throws FeedException {

		String id = _require(element, null, "ELEVE_ID");

		Uai uai = siecleFile.uai(element, id);

		LocalDate leavingDate = _date(element, id, "DATE_SORTIE");

		boolean left = false;

		if (leavingDate != null) {
			if (siecleFile.exportDate == null) {
				throw element.error(
					id,
					"DATE_SORTIE is given but the export date is unknown: " +
						"the file has no PARAMETRES/DATE_EXPORT and the " +
							"read was given none");
			}

			left = leavingDate.isBefore(siecleFile.exportDate);
		}

		Person.Builder builder = Person.builder(
		).externalId(
			id
		).profile(
			Profile.PUPIL
		).source(
			Source.SIECLE
		).uai(
			uai
		).lastName(
			_text(element, "NOM_USAGE", "NOM_DE_FAMILLE", "NOM")
		).firstName(
			element.text("PRENOM")
		).birthDate(
			_date(element, id, "DATE_NAISS")
		).ine(
			element.text("ID_NATIONAL")
		).state(
			left ? PersonState.DETACHED : PersonState.ACTIVE
		);

		siecleFile.pupils.put(
			id, new Pupil(builder, element, element.text("CODE_MEF")));
	}

	private void _pupilStructures(SiecleFile siecleFile, XmlElement element)
		throws FeedException {

		String id = _require(element, null, "ELEVE_ID");

		Pupil pupil = siecleFile.pupils.get(id);

		if (pupil == null) {

			// SIECLE lists the structures of pupils it leaves out of the
			// ELEVES section, such as those of a past year

			return;
		}

		for (XmlElement structure : element.children("STRUCTURE")) {
			String code = structure.text("CODE_STRUCTURE");
			String type = structure.text("TYPE_STRUCTURE");

			if ((code == null) || (type == null)) {
				throw structure.error(
					id, "<STRUCTURE> needs CODE_STRUCTURE and TYPE_STRUCTURE");
			}

			if (type.equals("D")) {
				if (!pupil.hasClass) {
					pupil.builder.classCode(code);

					pupil.hasClass = true;
				}
			}
			else if (type.equals("G")) {
				pupil.builder.group(code);
			}
			else {
				throw structure.error(
					id,
					"TYPE_STRUCTURE \"" + type + "\" is neither D (class) " +
						"nor G (group)");
			}
		}
	}

	private void _record(
			SiecleFile siecleFile, String path, XmlElement element)
		throws FeedException {

		String name = element.name();

		if (name.equals("PARAMETRES")) {
			_parameters(siecleFile, element);
		}
		else if (name.equals("MEF")) {
			_level(element);
		}
		else if (name.equals("MATIERE")) {
			_subject(element);
		}
		else if (name.equals("DIVISION")) {
			_division(siecleFile, element);
		}
		else if (name.equals("GROUPE")) {
			_group(siecleFile, element);
		}
		else if (name.equals("ELEVE")) {
			_pupil(siecleFile, element);
		}
		else if (name.equals("STRUCTURES_ELEVE")) {
			_pupilStructures(siecleFile, element);
		}
		else if (name.equals("PERSONNE")) {
			_person(siecleFile, element);
		}
		else {
			_responsibility(siecleFile, element);
		}
	}

	private void _responsibility(SiecleFile siecleFile, XmlElement element)
		throws FeedException {

		String pupilId = element.text("ELEVE_ID");
		String personId = element.text("PERSONNE_ID");

		if ((pupilId == null) || (personId == null)) {
			throw element.error(
				pupilId, "<RESPONSABLE_ELEVE> needs ELEVE_ID and PERSONNE_ID");
		}

		LegalLevel legalLevel = _responsibilityLevel(element, pupilId);

		siecleFile.responsibilities.add(
			new Responsibility(
				element, pupilId, personId, legalLevel,
				new ParentRelation(
					siecleFile.uai(element, pupilId), personId, pupilId,
					legalLevel, element.text("CODE_PARENTE"))));
	}

	/**
	 * NIVEAU_RESPONSABILITE says 1 legal representative, 2 person in charge, 3 contact; older exports say RESP_LEGAL 1
	 * or 2 for the two legal representatives and 0 for the others.
	 */
	private LegalLevel _responsibilityLevel(
			XmlElement element, String pupilId)
		throws FeedException {

		String level = element.text("NIVEAU_RESPONSABILITE");

		if (level != null) {
			if (level.equals("1")) {
				return LegalLevel.LEGAL;
			}

			if (level.equals("2")) {
				return LegalLevel.IN_CHARGE;
			}

			if (level.equals("3")) {
				return LegalLevel.CONTACT;
			}

			throw element.error(
				pupilId,
				"NIVEAU_RESPONSABILITE \"" + level + "\" is not 1, 2 or 3");
		}

		String legal = element.text("RESP_LEGAL");

		if (legal == null) {
			throw element.error(
				pupilId,
				"<RESPONSABLE_ELEVE> has neither NIVEAU_RESPONSABILITE nor " +
					"RESP_LEGAL");
		}

		if (legal.equals("1") || legal.equals("2")) {
			return LegalLevel.LEGAL;
		}

		if (legal.equals("0")) {
			return LegalLevel.CONTACT;
		}

		throw element.error(
			pupilId, "RESP_LEGAL \"" + legal + "\" is not 0, 1 or 2");
	}

	private void _subject(XmlElement element) throws FeedException {
		String code = _require(element, null, "CODE_MATIERE");

		String label = _text(
			element, "LIBELLE_LONG", "LIBELLE_EDITION", "LIBELLE_COURT",
			"CODE_GESTION");

		_importSink.subject(new Subject(code, (label == null) ? code : label));
	}

	static final List<String> ROOTS = Arrays.asList(
		"BEE_NOMENCLATURES", "BEE_STRUCTURES", "BEE_ELEVES",
		"BEE_RESPONSABLES");

	private static final DateTimeFormatter _DATE_FORMATTER =
		DateTimeFormatter.ofPattern(
			"dd/MM/uuuu"
		).withResolverStyle(
			ResolverStyle.STRICT
		);

	private static final String[] _ID_ATTRIBUTES = {
		"ELEVE_ID", "PERSONNE_ID", "CODE_STRUCTURE", "CODE_MEF",
		"CODE_MATIERE"
	};

	private static final Set<String> _RECORD_PATHS = new HashSet<>(
		Arrays.asList(
			"BEE_NOMENCLATURES/PARAMETRES",
			"BEE_NOMENCLATURES/DONNEES/MEFS/MEF",
			"BEE_NOMENCLATURES/DONNEES/MATIERES/MATIERE",
			"BEE_STRUCTURES/PARAMETRES",
			"BEE_STRUCTURES/DONNEES/DIVISIONS/DIVISION",
			"BEE_STRUCTURES/DONNEES/GROUPES/GROUPE", "BEE_ELEVES/PARAMETRES",
			"BEE_ELEVES/DONNEES/ELEVES/ELEVE",
			"BEE_ELEVES/DONNEES/STRUCTURES/STRUCTURES_ELEVE",
			"BEE_RESPONSABLES/PARAMETRES",
			"BEE_RESPONSABLES/DONNEES/PERSONNES/PERSONNE",
			"BEE_RESPONSABLES/DONNEES/RESPONSABLES/RESPONSABLE_ELEVE"));

	private final Map<String, Boolean> _activePupils = new HashMap<>();
	private final Set<String> _classes = new HashSet<>();
	private final LocalDate _exportDate;
	private final Map<String, Set<String>> _groups = new LinkedHashMap<>();
	private final ImportSink _importSink;
	private final boolean _includeInChargePersons;
	private final Set<Uai> _pupilSchools = new HashSet<>();

	/**
	 * What one file says about itself, and what it holds until it is read to its end.
	 */
	private static final class SiecleFile {

		Uai uai(XmlElement element, String recordId) throws FeedException {
			if (uai == null) {
				throw element.error(
					recordId,
					"the file gives no PARAMETRES/UAJ before its data");
			}

			return uai;
		}

		LocalDate exportDate;
		final Map<String, XmlElement> persons = new LinkedHashMap<>();
		final Map<String, Pupil> pupils = new LinkedHashMap<>();
		final List<Responsibility> responsibilities = new ArrayList<>();
		Uai uai;

	}

	private static final class Pupil {

		Pupil(Person.Builder builder, XmlElement element, String mefCode) {
			this.builder = builder;
			this.element = element;
			this.mefCode = mefCode;
		}

		final Person.Builder builder;
		final XmlElement element;
		boolean hasClass;
		final String mefCode;

	}

	private static final class Responsibility {

		Responsibility(
			XmlElement element, String pupilId, String personId,
			LegalLevel legalLevel, ParentRelation relation) {

			this.element = element;
			this.pupilId = pupilId;
			this.personId = personId;
			this.legalLevel = legalLevel;
			this.relation = relation;
		}

		final XmlElement element;
		final LegalLevel legalLevel;
		final String personId;
		final String pupilId;
		final ParentRelation relation;

	}

}
