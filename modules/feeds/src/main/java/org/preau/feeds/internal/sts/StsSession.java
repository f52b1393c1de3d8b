package org.preau.feeds.internal.sts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.Names;
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
import org.preau.feeds.internal.FeedEntry;
import org.preau.feeds.internal.FeedSession;
import org.preau.feeds.internal.XmlElement;
import org.preau.feeds.internal.XmlRecords;

/**
 * One read of STSweb exports. Each INDIVIDU is handed over as it is read: a teacher when its FONCTION is ENS, staff
 * otherwise, with that function. The services of each DIVISION and GROUPE become teaching assignments, flagged as the
 * head teacher's when the class is one of the teacher's PROFS_PRINC; a head teacher who teaches the class nothing still
 * gets the link, with the teacher's discipline, as the AAF gives it. The session remembers, per file, the individuals
 * and their head-teacher classes, a few hundred entries.
 */
final class StsSession implements FeedSession {

	StsSession(ImportSink importSink) {
		_importSink = importSink;
	}

	@Override
	public void finish() {
	}

	@Override
	public long read(FeedEntry feedEntry) throws FeedException {
		StsFile stsFile = new StsFile();

		long count = XmlRecords.read(
			feedEntry, Collections.singleton(ROOT),
			"an STSweb export starts with <STS_EDT>", _RECORD_PATHS,
			(path, element) -> {
				try {
					_record(stsFile, element);
				}
				catch (IllegalArgumentException illegalArgumentException) {
					throw element.error(
						element.attribute("ID"),
						illegalArgumentException.getMessage());
				}
			});

		_headTeachersWithoutService(stsFile);

		return count;
	}

	private void _assignments(
			StsFile stsFile, XmlElement element, Uai uai, String code,
			boolean group)
		throws FeedException {

		XmlElement services = element.child("SERVICES");

		if (services == null) {
			return;
		}

		for (XmlElement service : services.children("SERVICE")) {
			String subjectCode = service.value("CODE_MATIERE");

			if (subjectCode == null) {
				throw service.error(code, "<SERVICE> has no CODE_MATIERE");
			}

			XmlElement teachers = service.child("ENSEIGNANTS");

			if (teachers == null) {
				continue;
			}

			for (XmlElement teacher : teachers.children("ENSEIGNANT")) {
				String teacherId = teacher.value("ID");

				if (teacherId == null) {
					throw teacher.error(code, "<ENSEIGNANT> has no ID");
				}

				Individual individual = stsFile.individuals.get(teacherId);

				if (individual == null) {
					throw teacher.error(
						code,
						"ENSEIGNANT " + teacherId + " names no <INDIVIDU> " +
							"of the file");
				}

				boolean headTeacher =
					!group && individual.headOf.contains(code);

				if (headTeacher) {
					individual.headed.add(code);
				}

				_importSink.teachingAssignment(
					new TeachingAssignment(
						uai, teacherId, code, group, subjectCode,
						headTeacher));
			}
		}
	}

	private LocalDate _birthDate(XmlElement element, String id)
		throws FeedException {

		String value = element.text("DATE_NAISSANCE");

		if (value == null) {
			return null;
		}

		try {
			if (value.indexOf('/') > 0) {
				return LocalDate.parse(value, _FRENCH_DATE_FORMATTER);
			}

			return LocalDate.parse(value, _ISO_DATE_FORMATTER);
		}
		catch (DateTimeParseException dateTimeParseException) {
			throw element.error(
				id,
				"DATE_NAISSANCE \"" + value + "\" is not a date yyyy-MM-dd");
		}
	}

	private void _division(StsFile stsFile, XmlElement element)
		throws FeedException {

		String code = element.value("CODE");

		if (code == null) {
			throw element.error(null, "<DIVISION> has no CODE");
		}

		Uai uai = stsFile.uai(element, code);

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

		_importSink.schoolClass(new SchoolClass(uai, code, mefCode));

		_assignments(stsFile, element, uai, code, false);
	}

	private void _group(StsFile stsFile, XmlElement element)
		throws FeedException {

		String code = element.value("CODE");

		if (code == null) {
			throw element.error(null, "<GROUPE> has no CODE");
		}

		Uai uai = stsFile.uai(element, code);

		Set<String> classCodes = new TreeSet<>();

		XmlElement divisions = element.child("DIVISIONS_APPARTENANCE");

		if (divisions != null) {
			for (XmlElement division :
					divisions.children("DIVISION_APPARTENANCE")) {

				String classCode = division.value("CODE");

				if (classCode != null) {
					classCodes.add(classCode);
				}
			}
		}

		_importSink.group(new Group(uai, code, classCodes));

		_assignments(stsFile, element, uai, code, true);
	}

	private void _headTeachersWithoutService(StsFile stsFile) {
		for (Map.Entry<String, Individual> entry :
				stsFile.individuals.entrySet()) {

			Individual individual = entry.getValue();

			if (individual.discipline == null) {
				continue;
			}

			for (String classCode : individual.headOf) {
				if (!individual.headed.contains(classCode)) {
					_importSink.teachingAssignment(
						new TeachingAssignment(
							stsFile.uai, entry.getKey(), classCode, false,
							individual.discipline, true));
				}
			}
		}
	}

	private void _individual(StsFile stsFile, XmlElement element)
		throws FeedException {

		String id = element.attribute("ID");

		if (id == null) {
			throw element.error(null, "<INDIVIDU> has no ID");
		}

		Uai uai = stsFile.uai(element, id);

		String functionCode = element.text("FONCTION");

		StaffFunction function = StaffFunction.parse(functionCode);

		Profile profile =
			(function == StaffFunction.ENS) ? Profile.TEACHER : Profile.STAFF;

		String lastName = element.text("NOM_USAGE");

		if (lastName == null) {
			lastName = element.text("NOM_PATRONYMIQUE");
		}

		Person.Builder builder = Person.builder(
		).externalId(
			id
		).profile(
			profile
		).source(
			Source.STS
		).uai(
			uai
		).lastName(
			lastName
		).firstName(
			element.text("PRENOM")
		).birthDate(
			_birthDate(element, id)
		);

		if (functionCode != null) {
			builder.function(function);
		}

		Person person;

		try {
			person = builder.build();
		}
		catch (NullPointerException nullPointerException) {
			throw element.error(id, nullPointerException.getMessage());
		}

		_importSink.person(person);

		Individual individual = new Individual();

		XmlElement disciplines = element.child("DISCIPLINES");

		if (disciplines != null) {
			XmlElement discipline = disciplines.child("DISCIPLINE");

			if (discipline != null) {
				individual.discipline = discipline.value("CODE");
			}

			if (individual.discipline != null) {
				Names.require(individual.discipline, "discipline code");
			}
		}

		XmlElement principals = element.child("PROFS_PRINC");

		if (principals != null) {
			for (XmlElement principal : principals.children("PROF_PRINC")) {
				String classCode = principal.value("CODE_STRUCTURE");

				if (classCode != null) {
					individual.headOf.add(
						Names.require(classCode, "class code"));
				}
			}
		}

		stsFile.individuals.put(id, individual);
	}

	private void _parameters(StsFile stsFile, XmlElement element)
		throws FeedException {

		XmlElement uaj = element.child("UAJ");

		String uaiValue = (uaj == null) ? null : uaj.attribute("CODE");

		if ((uaiValue == null) && (uaj != null)) {
			uaiValue = uaj.text();
		}

		if (uaiValue == null) {
			throw element.error(null, "<PARAMETRES> has no <UAJ CODE>");
		}

		if (!Uai.isValid(uaiValue)) {
			throw element.error(
				null, "<UAJ> \"" + uaiValue + "\" is not a UAI");
		}

		stsFile.uai = Uai.of(uaiValue);
	}

	private void _record(StsFile stsFile, XmlElement element)
		throws FeedException {

		String name = element.name();

		if (name.equals("PARAMETRES")) {
			_parameters(stsFile, element);
		}
		else if (name.equals("MATIERE")) {
			_subject(element);
		}
		else if (name.equals("INDIVIDU")) {
			_individual(stsFile, element);
		}
		else if (name.equals("DIVISION")) {
			_division(stsFile, element);
		}
		else {
			_group(stsFile, element);
		}
	}

	private void _subject(XmlElement element) throws FeedException {
		String code = element.value("CODE");

		if (code == null) {
			throw element.error(null, "<MATIERE> has no CODE");
		}

		String label = element.text("LIBELLE_LONG");

		if (label == null) {
			label = element.text("LIBELLE_EDITION");
		}

		if (label == null) {
			label = element.text("LIBELLE_COURT");
		}

		_importSink.subject(new Subject(code, (label == null) ? code : label));
	}

	static final String ROOT = "STS_EDT";

	private static final DateTimeFormatter _FRENCH_DATE_FORMATTER =
		DateTimeFormatter.ofPattern(
			"dd/MM/uuuu"
		).withResolverStyle(
			ResolverStyle.STRICT
		);

	private static final DateTimeFormatter _ISO_DATE_FORMATTER =
		DateTimeFormatter.ofPattern(
			"uuuu-MM-dd"
		).withResolverStyle(
			ResolverStyle.STRICT
		);

	private static final Set<String> _RECORD_PATHS = new HashSet<>(
		Arrays.asList(
			"STS_EDT/PARAMETRES", "STS_EDT/NOMENCLATURES/MATIERES/MATIERE",
			"STS_EDT/DONNEES/INDIVIDUS/INDIVIDU",
			"STS_EDT/DONNEES/STRUCTURE/DIVISIONS/DIVISION",
			"STS_EDT/DONNEES/STRUCTURE/GROUPES/GROUPE"));

	private final ImportSink _importSink;

	private static final class Individual {

		String discipline;
		final Set<String> headed = new HashSet<>();
		final Set<String> headOf = new LinkedHashSet<>();

	}

	private static final class StsFile {

		Uai uai(XmlElement element, String recordId) throws FeedException {
			if (uai == null) {
				throw element.error(
					recordId,
					"the file gives no PARAMETRES/UAJ before its data");
			}

			return uai;
		}

		final Map<String, Individual> individuals = new LinkedHashMap<>();
		Uai uai;

	}

}
