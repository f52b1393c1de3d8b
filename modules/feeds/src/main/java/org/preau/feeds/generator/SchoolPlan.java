package org.preau.feeds.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.StaffFunction;
import org.preau.feeds.generator.Nomenclature.GeneratedLevel;
import org.preau.feeds.generator.Nomenclature.GeneratedSubject;

/**
 * The structure of one generated school: identity, classes, groups, staff and teaching services. It is small (a few
 * hundred objects) and computed again from the seed whenever a writer needs it; pupils and families are not part of
 * it, {@link Population} streams them.
 */
final class SchoolPlan {

	static SchoolPlan of(GeneratorOptions options, int index) {
		return new SchoolPlan(options, index);
	}

	String city() {
		return _city;
	}

	List<GeneratedClass> classes() {
		return _classes;
	}

	/**
	 * The class of the pupil of that rank. Consecutive pupils (siblings) land a level apart, and every class gets its
	 * share.
	 */
	GeneratedClass classOfPupil(int pupilIndex) {
		return _classes.get((int)((pupilIndex * (long)_step) % _classes.size()));
	}

	List<GeneratedGroup> groups() {
		return _groups;
	}

	/**
	 * The language groups and options that the pupils of a class may join, by subject.
	 */
	Map<GeneratedSubject, GeneratedGroup> groupsOfClass(
		GeneratedClass generatedClass) {

		Map<GeneratedSubject, GeneratedGroup> groups = new LinkedHashMap<>();

		for (GeneratedGroup group : _groups) {
			if (group.classes().contains(generatedClass)) {
				groups.put(group.subject(), group);
			}
		}

		return groups;
	}

	int index() {
		return _index;
	}

	EstablishmentKind kind() {
		return _kind;
	}

	List<GeneratedLevel> levels() {
		return _levels;
	}

	String name() {
		return _name;
	}

	String postalCode() {
		return _postalCode;
	}

	int pupils() {
		return _pupils;
	}

	List<Service> services() {
		return _services;
	}

	List<StaffMember> staff() {
		return _staff;
	}

	String typeCode() {
		return (_kind == EstablishmentKind.COLLEGE) ? "CLG" : "LYC";
	}

	String uai() {
		return _uai;
	}

	static final class GeneratedClass {

		String code() {
			return _code;
		}

		StaffMember headTeacher() {
			return _headTeacher;
		}

		GeneratedLevel level() {
			return _level;
		}

		private GeneratedClass(String code, GeneratedLevel level) {
			_code = code;
			_level = level;
		}

		private final String _code;
		private StaffMember _headTeacher;
		private final GeneratedLevel _level;

	}

	static final class GeneratedGroup {

		List<GeneratedClass> classes() {
			return _classes;
		}

		String code() {
			return _code;
		}

		String label() {
			return _subject.label() + " " + _code;
		}

		GeneratedLevel level() {
			return _level;
		}

		GeneratedSubject subject() {
			return _subject;
		}

		private GeneratedGroup(
			String code, GeneratedLevel level, GeneratedSubject subject,
			List<GeneratedClass> classes) {

			_code = code;
			_level = level;
			_subject = subject;
			_classes = Collections.unmodifiableList(classes);
		}

		private final List<GeneratedClass> _classes;
		private final String _code;
		private final GeneratedLevel _level;
		private final GeneratedSubject _subject;

	}

	/**
	 * A teaching service: a teacher teaches a subject to a class or a group.
	 */
	static final class Service {

		GeneratedGroup group() {
			return _group;
		}

		GeneratedClass schoolClass() {
			return _schoolClass;
		}

		String structureCode() {
			return (_group == null) ? _schoolClass.code() : _group.code();
		}

		GeneratedSubject subject() {
			return _subject;
		}

		StaffMember teacher() {
			return _teacher;
		}

		private Service(
			GeneratedClass schoolClass, GeneratedGroup group,
			GeneratedSubject subject) {

			_schoolClass = schoolClass;
			_group = group;
			_subject = subject;
		}

		private final GeneratedGroup _group;
		private final GeneratedClass _schoolClass;
		private final GeneratedSubject _subject;
		private StaffMember _teacher;

	}

	static final class StaffMember {

		LocalDate birthDate() {
			return _birthDate;
		}

		String civility() {
			return _female ? "MME" : "M.";
		}

		GeneratedSubject discipline() {
			return _discipline;
		}

		String email() {
			return _email;
		}

		String firstName() {
			return _firstName;
		}

		StaffFunction function() {
			return _function;
		}

		List<GeneratedClass> headOf() {
			return _headOf;
		}

		String id() {
			return _id;
		}

		boolean isFemale() {
			return _female;
		}

		boolean isTeacher() {
			return _function == StaffFunction.ENS;
		}

		String lastName() {
			return _lastName;
		}

		List<Service> services() {
			return _services;
		}

		private StaffMember(
			String id, StaffFunction function, GeneratedSubject discipline,
			Random random) {

			_id = id;
			_function = function;
			_discipline = discipline;
			_female = random.nextInt(100) < 62;
			_firstName = _female ? NameBank.femaleFirstName(random) :
				NameBank.maleFirstName(random);
			_lastName = NameBank.lastName(random);
			_birthDate = LocalDate.of(
				1960 + random.nextInt(40), 1 + random.nextInt(12),
				1 + random.nextInt(28));
			_email = Emails.of(_firstName, _lastName, "ac-toulouse.fr", "");
		}

		private final LocalDate _birthDate;
		private final GeneratedSubject _discipline;
		private final String _email;
		private final boolean _female;
		private final String _firstName;
		private final StaffFunction _function;
		private final List<GeneratedClass> _headOf = new ArrayList<>();
		private final String _id;
		private final String _lastName;
		private final List<Service> _services = new ArrayList<>();

	}

	private SchoolPlan(GeneratorOptions options, int index) {
		_index = index;

		Random random = Seeds.random(
			options.seed(), index, Seeds.ESTABLISHMENT);

		_kind = ((index % 4) == 3) ? EstablishmentKind.LYCEE :
			EstablishmentKind.COLLEGE;

		int department = (index + 2) % _DEPARTMENTS.length;

		String number = _DEPARTMENTS[department] +
			String.format(Locale.ROOT, "%04d", 1 + (index / 8));

		if ((index == 0) && (options.seed() == _DEMO_SEED)) {
			_uai = number + "A";
			_name = "Collège Marie Curie";
			_city = "Toulouse";
			_postalCode = "31400";
		}
		else {
			_uai = number + _uaiKey(number);
			_name = ((_kind == EstablishmentKind.COLLEGE) ? "Collège " :
				"Lycée ") + NameBank.namesake(random);
			_city = NameBank.city(department, random);
			_postalCode = _DEPARTMENTS[department].substring(1) +
				(1 + random.nextInt(9)) + "00";
		}

		_pupils = (options.pupilsPerSchool() > 0) ?
			options.pupilsPerSchool() :
				(_kind == EstablishmentKind.COLLEGE) ? 600 : 900;

		_levels = List.of(
			(_kind == EstablishmentKind.COLLEGE) ?
				Nomenclature.COLLEGE_LEVELS : Nomenclature.LYCEE_LEVELS);

		int classesPerLevel = Math.max(
			1, (int)Math.round(_pupils / (double)_levels.size() / 26.0));

		_classes = Collections.unmodifiableList(_classes(classesPerLevel));
		_step = _step(classesPerLevel);
		_groups = Collections.unmodifiableList(_groups(classesPerLevel));
		_services = Collections.unmodifiableList(_services());
		_staff = Collections.unmodifiableList(
			_staff(Seeds.random(options.seed(), index, Seeds.STAFF)));
	}

	private static int _gcd(int a, int b) {
		return (b == 0) ? a : _gcd(b, a % b);
	}

	private static String _letters(int index) {
		String letters = String.valueOf((char)('A' + (index % 26)));

		return (index < 26) ? letters : _letters((index / 26) - 1) + letters;
	}

	/**
	 * The check letter of a UAI: the seven digits modulo 23, in the alphabet without I, O and Q.
	 */
	private static char _uaiKey(String number) {
		return _UAI_KEYS.charAt(Integer.parseInt(number) % 23);
	}

	private void _addGroups(
		List<GeneratedGroup> groups, GeneratedLevel level,
		List<GeneratedClass> levelClasses, GeneratedSubject subject,
		String token, int share) {

		int expected = (_pupils * share) / (100 * _levels.size());

		int count = Math.min(
			levelClasses.size(), Math.max(1, (expected + 27) / 28));

		for (int g = 0; g < count; g++) {
			List<GeneratedClass> members = new ArrayList<>();

			for (int c = 0; c < levelClasses.size(); c++) {
				if (((c * count) / levelClasses.size()) == g) {
					members.add(levelClasses.get(c));
				}
			}

			String code = level.classPrefix() + token +
				((count == 1) ? "" : String.valueOf(g + 1));

			groups.add(new GeneratedGroup(code, level, subject, members));
		}
	}

	private void _assignTeachers(
		List<StaffMember> staff, GeneratedSubject subject, Random random) {

		StaffMember teacher = null;

		for (Service service : _services) {
			if (service.subject() != subject) {
				continue;
			}

			if ((teacher == null) ||
				(teacher.services().size() >= _SERVICES_PER_TEACHER)) {

				teacher = new StaffMember(
					_staffId(staff.size()), StaffFunction.ENS, subject, random);

				staff.add(teacher);
			}

			service._teacher = teacher;

			teacher._services.add(service);
		}
	}

	private List<GeneratedClass> _classes(int classesPerLevel) {
		List<GeneratedClass> classes = new ArrayList<>();

		for (GeneratedLevel level : _levels) {
			for (int c = 0; c < classesPerLevel; c++) {
				classes.add(
					new GeneratedClass(
						level.classPrefix() + _letters(c), level));
			}
		}

		return classes;
	}

	private List<GeneratedClass> _classesOf(GeneratedLevel level) {
		List<GeneratedClass> classes = new ArrayList<>();

		for (GeneratedClass generatedClass : _classes) {
			if (generatedClass.level() == level) {
				classes.add(generatedClass);
			}
		}

		return classes;
	}

	private List<GeneratedGroup> _groups(int classesPerLevel) {
		List<GeneratedGroup> groups = new ArrayList<>();

		for (GeneratedLevel level : _levels) {
			if (level.rank() == 0) {
				continue;
			}

			List<GeneratedClass> levelClasses = _classesOf(level);

			_addGroups(
				groups, level, levelClasses, Nomenclature.ESPAGNOL_LV2, "ESP",
				ESPAGNOL_SHARE);
			_addGroups(
				groups, level, levelClasses, Nomenclature.ALLEMAND_LV2, "ALL",
				100 - ESPAGNOL_SHARE);

			if (_kind == EstablishmentKind.COLLEGE) {
				_addGroups(
					groups, level, levelClasses, Nomenclature.LATIN, "LAT",
					LATIN_SHARE);
			}
		}

		return groups;
	}

	private void _headTeachers() {
		for (int c = 0; c < _classes.size(); c++) {
			GeneratedClass generatedClass = _classes.get(c);

			List<Service> classServices = new ArrayList<>();

			for (Service service : _services) {
				if (service.schoolClass() == generatedClass) {
					classServices.add(service);
				}
			}

			StaffMember teacher = classServices.get(
				c % Math.min(6, classServices.size())
			).teacher();

			generatedClass._headTeacher = teacher;

			teacher._headOf.add(generatedClass);
		}
	}

	private List<Service> _services() {
		List<Service> services = new ArrayList<>();

		for (GeneratedClass generatedClass : _classes) {
			for (GeneratedSubject subject : _subjectsOf(generatedClass)) {
				services.add(new Service(generatedClass, null, subject));
			}
		}

		for (GeneratedGroup group : _groups) {
			services.add(new Service(null, group, group.subject()));
		}

		return services;
	}

	private List<StaffMember> _staff(Random random) {
		List<StaffMember> staff = new ArrayList<>();

		_staffMembers(staff, StaffFunction.DIR, 2, random);
		_staffMembers(staff, StaffFunction.EDU, 1 + (_pupils / 400), random);
		_staffMembers(staff, StaffFunction.AED, 1 + (_pupils / 150), random);
		_staffMembers(staff, StaffFunction.DOC, 1, random);
		_staffMembers(staff, StaffFunction.ORI, 1, random);
		_staffMembers(staff, StaffFunction.ADF, 2 + (_pupils / 500), random);
		_staffMembers(staff, StaffFunction.MDS, 1, random);
		_staffMembers(staff, StaffFunction.SOC, 1, random);

		for (GeneratedSubject subject : Nomenclature.ALL_SUBJECTS) {
			_assignTeachers(staff, subject, random);
		}

		_headTeachers();

		return staff;
	}

	private String _staffId(int rank) {
		return String.format(Locale.ROOT, "3%05d%04d", _index, rank);
	}

	private void _staffMembers(
		List<StaffMember> staff, StaffFunction function, int count,
		Random random) {

		for (int i = 0; i < count; i++) {
			staff.add(
				new StaffMember(
					_staffId(staff.size()), function, null, random));
		}
	}

	/**
	 * A step coprime with the number of classes, about one level long, so that pupil ranks spread over all classes.
	 */
	private int _step(int classesPerLevel) {
		int step = classesPerLevel + 1;

		while (_gcd(step, _classes.size()) != 1) {
			step++;
		}

		return step;
	}

	private List<GeneratedSubject> _subjectsOf(GeneratedClass generatedClass) {
		if (_kind == EstablishmentKind.COLLEGE) {
			return Nomenclature.COLLEGE_CLASS_SUBJECTS;
		}

		List<GeneratedSubject> subjects = new ArrayList<>(
			Nomenclature.LYCEE_CLASS_SUBJECTS);

		if (generatedClass.level().classPrefix().equals("T")) {
			subjects.set(0, Nomenclature.PHILOSOPHIE);
		}

		return subjects;
	}

	static final int ESPAGNOL_SHARE = 60;

	static final int LATIN_SHARE = 20;

	private static final String[] _DEPARTMENTS = {
		"009", "012", "031", "032", "046", "065", "081", "082"
	};

	private static final long _DEMO_SEED = 42;

	private static final int _SERVICES_PER_TEACHER = 8;

	private static final String _UAI_KEYS = "ABCDEFGHJKLMNPRSTUVWXYZ";

	private final String _city;
	private final List<GeneratedClass> _classes;
	private final List<GeneratedGroup> _groups;
	private final int _index;
	private final EstablishmentKind _kind;
	private final List<GeneratedLevel> _levels;
	private final String _name;
	private final String _postalCode;
	private final int _pupils;
	private final List<Service> _services;
	private final List<StaffMember> _staff;
	private final int _step;
	private final String _uai;

}
