package org.preau.feeds.internal.aaf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.Names;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.ImportSink;
import org.preau.feeds.FeedException;
import org.preau.feeds.aaf.AafFileKind;

/**
 * Turns AAF records into import records, for one read. It remembers what later files need: which responsible persons
 * pupils name as legal representatives (and in which establishment), and which classes make up each group, whose
 * records are handed over at the end since a group's classes are only known once every pupil is read. What it keeps
 * grows with the number of responsible persons and structures, never with whole records.
 */
final class AafRecordMapper {

	AafRecordMapper(ImportSink importSink, boolean includeInChargePersons) {
		_importSink = importSink;
		_includeInChargePersons = includeInChargePersons;
	}

	void finish() {
		for (Map.Entry<String, Set<String>> entry : _groups.entrySet()) {
			String key = entry.getKey();

			int index = key.indexOf('$');

			_importSink.group(
				new Group(
					_uai(key.substring(0, index)), key.substring(index + 1),
					entry.getValue()));
		}
	}

	void map(AafFileKind kind, AafRecord record) throws FeedException {
		try {
			if (kind == AafFileKind.ESTABLISHMENTS) {
				_establishment(record);
			}
			else if (kind == AafFileKind.LEVELS) {
				_level(record);
			}
			else if (kind == AafFileKind.SUBJECTS) {
				_subject(record);
			}
			else if (kind == AafFileKind.PUPILS) {
				_pupil(record);
			}
			else if (kind == AafFileKind.RELATIVES) {
				_relative(record);
			}
			else {
				_staff(record);
			}
		}
		catch (IllegalArgumentException illegalArgumentException) {
			throw record.error(
				illegalArgumentException.getMessage(),
				illegalArgumentException);
		}
	}

	private void _assignments(
			AafRecord record, String teacherId, Set<String> principals)
		throws FeedException {

		Set<String> headed = new HashSet<>();

		for (String value : record.all("ENTAuxEnsClassesMatieres")) {
			String[] parts = _split(
				record, "ENTAuxEnsClassesMatieres", value, 3,
				"UAI$CLASS$SUBJECT");

			boolean headTeacher = principals.contains(
				parts[0] + "$" + parts[1]);

			if (headTeacher) {
				headed.add(parts[0] + "$" + parts[1]);
			}

			_classSeen(_uai(parts[0]), parts[1], null);

			_importSink.teachingAssignment(
				new TeachingAssignment(
					_uai(parts[0]), teacherId, parts[1], false, parts[2],
					headTeacher));
		}

		for (String value : record.all("ENTAuxEnsGroupesMatieres")) {
			String[] parts = _split(
				record, "ENTAuxEnsGroupesMatieres", value, 3,
				"UAI$GROUP$SUBJECT");

			_groupSeen(_uai(parts[0]), parts[1]);

			_importSink.teachingAssignment(
				new TeachingAssignment(
					_uai(parts[0]), teacherId, parts[1], true, parts[2],
					false));
		}

		_headTeacherWithoutService(record, teacherId, principals, headed);
	}

	private LocalDate _birthDate(AafRecord record) throws FeedException {
		String value = record.first("ENTPersonDateNaissance");

		if (value == null) {
			return null;
		}

		try {
			return LocalDate.parse(value, _DATE_FORMATTER);
		}
		catch (DateTimeParseException dateTimeParseException) {
			throw record.error(
				"ENTPersonDateNaissance \"" + value +
					"\" is not a date dd/MM/yyyy");
		}
	}

	private void _classSeen(Uai uai, String classCode, String mefCode) {
		if (_classes.add(uai.value() + "$" + classCode)) {
			_importSink.schoolClass(new SchoolClass(uai, classCode, mefCode));
		}
	}

	private void _establishment(AafRecord record) throws FeedException {
		String uaiValue = record.first("ENTStructureUAI");

		if (uaiValue == null) {
			uaiValue = record.id();
		}

		String name = record.require("ENTStructureNomCourant");

		EstablishmentKind kind = EstablishmentKind.parse(
			record.first("ENTStructureTypeStruct"));

		if (kind == EstablishmentKind.OTHER) {
			kind = EstablishmentKind.parse(name);
		}

		String city = record.first("l");

		if (city == null) {
			city = record.first("ENTStructureVille");
		}

		_importSink.establishment(
			new Establishment(_uai(record, uaiValue), name, kind, city));
	}

	private String _externalId(AafRecord record) throws FeedException {
		String id = record.first("ENTPersonJointure");

		if (id == null) {
			id = record.id();
		}

		if (id.isEmpty()) {
			throw record.error("ENTPersonJointure is missing");
		}

		return id;
	}

	/**
	 * The classes of the group, known so far. The code is checked here, where the record at fault is known, since
	 * groups are handed over only at the end of the read.
	 */
	private Set<String> _groupSeen(Uai uai, String groupCode) {
		String key = uai.value() + "$" + groupCode;

		Set<String> classCodes = _groups.get(key);

		if (classCodes == null) {
			Names.require(groupCode, "group code");

			classCodes = new TreeSet<>();

			_groups.put(key, classCodes);
		}

		return classCodes;
	}

	private String _headTeacherSubject(AafRecord record) {
		for (String value : record.all("ENTPersonFonctions")) {
			String[] parts = value.split("\\$", -1);

			if ((parts.length >= 4) && parts[1].equals("ENS") &&
				!parts[3].trim().isEmpty() && !parts[3].trim().equals("-")) {

				return parts[3].trim();
			}
		}

		return null;
	}

	private void _headTeacherWithoutService(
			AafRecord record, String teacherId, Set<String> principals,
			Set<String> headed)
		throws FeedException {

		for (String principal : principals) {
			if (headed.contains(principal)) {
				continue;
			}

			// A head teacher who teaches nothing to the class still needs the
			// link: it is given with the teacher's discipline when the feed
			// names one

			String subjectCode = _headTeacherSubject(record);

			if (subjectCode == null) {
				continue;
			}

			int index = principal.indexOf('$');

			_importSink.teachingAssignment(
				new TeachingAssignment(
					_uai(principal.substring(0, index)), teacherId,
					principal.substring(index + 1), false, subjectCode, true));
		}
	}

	private boolean _isTeacher(
		AafRecord record, Set<StaffFunction> functions) {

		if (functions.contains(StaffFunction.ENS)) {
			return true;
		}

		for (String profile : record.all("ENTPersonProfils")) {
			String trimmed = profile.trim();

			if (trimmed.equals(Profile.TEACHER.nationalCode()) ||
				trimmed.equals("National_ENS")) {

				return true;
			}
		}

		return false;
	}

	private void _level(AafRecord record) throws FeedException {
		String code = record.first("ENTMefJointure");

		if (code == null) {
			code = record.id();
		}

		String label = record.first("ENTLibelleMef");

		if (label == null) {
			label = record.require("ENTMEFLibelle");
		}

		_importSink.level(new Level(code, label));
	}

	private Person.Builder _personBuilder(
			AafRecord record, Profile profile, Uai uai)
		throws FeedException {

		return Person.builder(
		).externalId(
			_externalId(record)
		).profile(
			profile
		).source(
			Source.AAF
		).uai(
			uai
		).lastName(
			record.require("sn")
		).firstName(
			record.require("givenName")
		).email(
			record.first("mail")
		).birthDate(
			_birthDate(record)
		);
	}

	private void _pupil(AafRecord record) throws FeedException {
		_pupilsSeen = true;

		Uai uai = _uai(record, record.require("ENTPersonStructRattach"));

		String classCode = _pupilClass(record, uai);

		Person.Builder builder = _personBuilder(
			record, Profile.PUPIL, uai
		).ine(
			record.first("ENTEleveINE")
		).classCode(
			classCode
		);

		for (String value : record.all("ENTEleveGroupes")) {
			String[] parts = _split(
				record, "ENTEleveGroupes", value, 2, "UAI$GROUP");

			if (!_uai(record, parts[0]).equals(uai)) {
				continue;
			}

			builder.group(parts[1]);

			Set<String> classCodes = _groupSeen(uai, parts[1]);

			if (classCode != null) {
				classCodes.add(classCode);
			}
		}

		Person person = builder.build();

		_importSink.person(person);

		_relations(record, person);
	}

	private String _pupilClass(AafRecord record, Uai uai)
		throws FeedException {

		String classCode = null;

		for (String value : record.all("ENTEleveClasses")) {
			String[] parts = _split(
				record, "ENTEleveClasses", value, 2, "UAI$CLASS");

			if ((classCode == null) && _uai(record, parts[0]).equals(uai)) {
				classCode = parts[1];
			}
		}

		if (classCode != null) {
			_classSeen(uai, classCode, record.first("ENTEleveMEF"));
		}

		return classCode;
	}

	private void _relations(AafRecord record, Person pupil)
		throws FeedException {

		for (String value : record.all("ENTElevePersRelEleve")) {
			String[] parts = _split(
				record, "ENTElevePersRelEleve", value, 3,
				"PERSON$KINSHIP$...$LEVEL$...");

			LegalLevel legalLevel = _responsibility(
				(parts.length >= 4) ? parts[3] : parts[2]);

			if (legalLevel == LegalLevel.LEGAL) {
				_legalParents.putIfAbsent(parts[0], pupil.uai());
			}
			else if ((legalLevel == LegalLevel.IN_CHARGE) &&
					 _includeInChargePersons) {

				_inChargePersons.putIfAbsent(parts[0], pupil.uai());
			}
			else {
				continue;
			}

			_importSink.relation(
				new ParentRelation(
					pupil.uai(), parts[0], pupil.externalId(), legalLevel,
					parts[1]));
		}
	}

	private void _relative(AafRecord record) throws FeedException {
		String id = _externalId(record);

		Uai knownUai = _legalParents.get(id);

		if (knownUai == null) {
			knownUai = _inChargePersons.get(id);
		}

		if ((knownUai == null) && _pupilsSeen) {
			return;
		}

		String uaiValue = record.first("ENTPersonStructRattach");

		Uai uai = (uaiValue == null) ? knownUai : _uai(record, uaiValue);

		if (uai == null) {
			throw record.error("ENTPersonStructRattach is missing");
		}

		_importSink.person(
			_personBuilder(
				record, Profile.PARENT, uai
			).build());
	}

	/**
	 * Reads the responsibility field: 1 legal representative, 2 person in charge, 3 (or 0, as older files say)
	 * contact.
	 */
	private LegalLevel _responsibility(String code) {
		String trimmed = code.trim();

		if (trimmed.equals("1")) {
			return LegalLevel.LEGAL;
		}

		if (trimmed.equals("2")) {
			return LegalLevel.IN_CHARGE;
		}

		return LegalLevel.CONTACT;
	}

	private String[] _split(
			AafRecord record, String attribute, String value, int minParts,
			String shape)
		throws FeedException {

		String[] parts = value.trim().split("\\$", -1);

		if (parts.length < minParts) {
			throw record.error(
				attribute + " \"" + value + "\" is not " + shape);
		}

		for (int i = 0; i < minParts; i++) {
			parts[i] = parts[i].trim();

			if (parts[i].isEmpty()) {
				throw record.error(
					attribute + " \"" + value + "\" is not " + shape);
			}
		}

		if ((shape.startsWith("UAI$")) && !Uai.isValid(parts[0])) {
			throw record.error(
				attribute + " \"" + value + "\" is not " + shape + ": \"" +
					parts[0] + "\" is not a UAI");
		}

		return parts;
	}

	private void _staff(AafRecord record) throws FeedException {
		Uai uai = _uai(record, record.require("ENTPersonStructRattach"));

		Set<StaffFunction> functions = new TreeSet<>();

		for (String value : record.all("ENTPersonFonctions")) {
			String[] parts = _split(
				record, "ENTPersonFonctions", value, 2, "UAI$FUNCTION$...");

			functions.add(StaffFunction.parse(parts[1]));
		}

		Profile profile =
			_isTeacher(record, functions) ? Profile.TEACHER : Profile.STAFF;

		Person.Builder builder = _personBuilder(record, profile, uai);

		for (StaffFunction function : functions) {
			builder.function(function);
		}

		Person person = builder.build();

		_importSink.person(person);

		Set<String> principals = new HashSet<>();

		for (String value : record.all("ENTAuxEnsClassesPrincipal")) {
			String[] parts = _split(
				record, "ENTAuxEnsClassesPrincipal", value, 2, "UAI$CLASS");

			principals.add(_uai(parts[0]).value() + "$" + parts[1]);
		}

		_assignments(record, person.externalId(), principals);
	}

	private void _subject(AafRecord record) throws FeedException {
		String code = record.first("ENTMatJointure");

		if (code == null) {
			code = record.id();
		}

		_importSink.subject(
			new Subject(code, record.require("ENTLibelleMatiere")));
	}

	private Uai _uai(AafRecord record, String value) throws FeedException {
		if (!Uai.isValid(value)) {
			throw record.error("\"" + value + "\" is not a UAI");
		}

		return _uai(value);
	}

	/**
	 * Shares one instance per establishment, as millions of records name the same few.
	 */
	private Uai _uai(String value) {
		Uai uai = _uais.get(value);

		if (uai == null) {
			uai = Uai.of(value);

			_uais.put(value, uai);
		}

		return uai;
	}

	private static final DateTimeFormatter _DATE_FORMATTER =
		DateTimeFormatter.ofPattern(
			"dd/MM/uuuu"
		).withResolverStyle(
			ResolverStyle.STRICT
		);

	private final Set<String> _classes = new HashSet<>();
	private final Map<String, Set<String>> _groups = new LinkedHashMap<>();
	private final ImportSink _importSink;
	private final boolean _includeInChargePersons;
	private final Map<String, Uai> _inChargePersons = new HashMap<>();
	private final Map<String, Uai> _legalParents = new HashMap<>();
	private boolean _pupilsSeen;
	private final Map<String, Uai> _uais = new HashMap<>();

}
