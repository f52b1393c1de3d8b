package org.preau.core.imports.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;

/**
 * Gathers a feed's records per establishment in one read, and gives them back as one snapshot per establishment. An
 * académie's export lists each establishment's people in several files, and a million people held as objects do not
 * fit in a heap of 1 GB beside the import; so people, relations and teaching assignments are kept as bytes (about a
 * fifth of their size as objects) and become objects again one establishment at a time. Establishments, classes and
 * groups, which are few, stay objects; the nomenclatures (levels, subjects) go with the first establishment's
 * snapshot, since a run must name an establishment.
 *
 * <p>
 * Nothing is handed out before the read has ended: a reader that refuses its input does so before the first
 * snapshot, so a refused input writes nothing.
 * </p>
 */
public final class EstablishmentSnapshots implements ImportSink {

	public long bytes() {
		long bytes = 0;

		for (Records records : _records.values()) {
			bytes += records.bytes();
		}

		return bytes;
	}

	/**
	 * Hands out the snapshot of each establishment, in the order the feed first names them, and forgets its records as
	 * it goes, so that the heap holds one establishment's objects at a time. Can be called once.
	 */
	public void drain(Consumer<DirectorySnapshot> consumer) {
		if (_drained) {
			throw new IllegalStateException("the snapshots were handed out");
		}

		_drained = true;

		boolean first = true;
		Iterator<Records> iterator = _records.values().iterator();

		while (iterator.hasNext()) {
			Records records = iterator.next();

			iterator.remove();

			DirectorySnapshot directorySnapshot = records.snapshot();

			if (first) {
				first = false;

				_levels.forEach(directorySnapshot::level);
				_subjects.forEach(directorySnapshot::subject);
			}

			consumer.accept(directorySnapshot);
		}
	}

	@Override
	public void establishment(Establishment establishment) {
		_records(establishment.uai())._establishments.add(establishment);
	}

	public int establishments() {
		return _records.size();
	}

	@Override
	public void group(Group group) {
		_records(group.uai())._groups.add(group);
	}

	@Override
	public void level(Level level) {
		_levels.add(level);
	}

	public long people() {
		return _people;
	}

	@Override
	public void person(Person person) {
		Records records = _records(person.uai());

		try {
			records.person(person);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		_people++;
	}

	@Override
	public void relation(ParentRelation relation) {
		try {
			_records(relation.uai()).relation(relation);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	@Override
	public void schoolClass(SchoolClass schoolClass) {
		_records(schoolClass.uai())._classes.add(schoolClass);
	}

	@Override
	public void subject(Subject subject) {
		_subjects.add(subject);
	}

	@Override
	public void teachingAssignment(TeachingAssignment teachingAssignment) {
		try {
			_records(teachingAssignment.uai()).teachingAssignment(
				teachingAssignment);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private static String _readOptional(DataInputStream in)
		throws IOException {

		return in.readBoolean() ? in.readUTF() : null;
	}

	private static void _writeOptional(DataOutputStream out, String value)
		throws IOException {

		out.writeBoolean(value != null);

		if (value != null) {
			out.writeUTF(value);
		}
	}

	private Records _records(Uai uai) {
		if (_drained) {
			throw new IllegalStateException("the snapshots were handed out");
		}

		return _records.computeIfAbsent(uai.value(), value -> new Records(uai));
	}

	private static final LegalLevel[] _LEGAL_LEVELS = LegalLevel.values();

	private static final PersonState[] _PERSON_STATES = PersonState.values();

	private static final Profile[] _PROFILES = Profile.values();

	private static final Source[] _SOURCES = Source.values();

	private static final StaffFunction[] _STAFF_FUNCTIONS =
		StaffFunction.values();

	private boolean _drained;
	private final List<Level> _levels = new ArrayList<>();
	private long _people;
	private final Map<String, Records> _records = new LinkedHashMap<>();
	private final List<Subject> _subjects = new ArrayList<>();

	/**
	 * One establishment's records; the UAI they share is written once, here, rather than in each record.
	 */
	private static final class Records {

		private Records(Uai uai) {
			_uai = uai;

			_people = new DataOutputStream(_peopleBytes);
			_relations = new DataOutputStream(_relationBytes);
			_teachingAssignments = new DataOutputStream(
				_teachingAssignmentBytes);
		}

		private long bytes() {
			return _peopleBytes.size() + _relationBytes.size() +
				_teachingAssignmentBytes.size();
		}

		private void person(Person person) throws IOException {
			DataOutputStream out = _people;

			out.writeUTF(person.externalId());
			out.writeByte(person.source().ordinal());
			out.writeByte(person.profile().ordinal());
			out.writeByte(person.state().ordinal());
			_writeOptional(out, person.lastName());
			_writeOptional(out, person.firstName());

			LocalDate birthDate = person.birthDate().orElse(null);

			out.writeBoolean(birthDate != null);

			if (birthDate != null) {
				out.writeInt((int)birthDate.toEpochDay());
			}

			_writeOptional(out, person.email().orElse(null));
			_writeOptional(out, person.ine().orElse(null));
			_writeOptional(out, person.classCode().orElse(null));

			Set<String> groupCodes = person.groupCodes();

			out.writeShort(groupCodes.size());

			for (String groupCode : groupCodes) {
				out.writeUTF(groupCode);
			}

			Set<StaffFunction> functions = person.functions();

			out.writeByte(functions.size());

			for (StaffFunction function : functions) {
				out.writeByte(function.ordinal());
			}

			_peopleCount++;
		}

		private Person readPerson(DataInputStream in) throws IOException {
			Person.Builder builder = Person.builder(
			).externalId(
				in.readUTF()
			).source(
				_SOURCES[in.readByte()]
			).profile(
				_PROFILES[in.readByte()]
			).state(
				_PERSON_STATES[in.readByte()]
			).lastName(
				_readOptional(in)
			).firstName(
				_readOptional(in)
			).uai(
				_uai
			);

			if (in.readBoolean()) {
				builder.birthDate(LocalDate.ofEpochDay(in.readInt()));
			}

			builder.email(
				_readOptional(in)
			).ine(
				_readOptional(in)
			).classCode(
				_readOptional(in)
			);

			for (int i = in.readShort(); i > 0; i--) {
				builder.group(in.readUTF());
			}

			for (int i = in.readByte(); i > 0; i--) {
				builder.function(_STAFF_FUNCTIONS[in.readByte()]);
			}

			return builder.build();
		}

		private void relation(ParentRelation relation) throws IOException {
			DataOutputStream out = _relations;

			out.writeUTF(relation.parentId());
			out.writeUTF(relation.pupilId());
			out.writeByte(relation.legalLevel().ordinal());
			out.writeUTF(relation.kinshipCode());

			_relationCount++;
		}

		private DirectorySnapshot snapshot() {
			DirectorySnapshot directorySnapshot = new DirectorySnapshot();

			_establishments.forEach(directorySnapshot::establishment);
			_classes.forEach(directorySnapshot::schoolClass);
			_groups.forEach(directorySnapshot::group);

			try {
				DataInputStream in = _in(_peopleBytes);

				for (int i = 0; i < _peopleCount; i++) {
					directorySnapshot.person(readPerson(in));
				}

				in = _in(_relationBytes);

				for (int i = 0; i < _relationCount; i++) {
					directorySnapshot.relation(
						new ParentRelation(
							_uai, in.readUTF(), in.readUTF(),
							_LEGAL_LEVELS[in.readByte()], in.readUTF()));
				}

				in = _in(_teachingAssignmentBytes);

				for (int i = 0; i < _teachingAssignmentCount; i++) {
					directorySnapshot.teachingAssignment(
						new TeachingAssignment(
							_uai, in.readUTF(), in.readUTF(), in.readBoolean(),
							in.readUTF(), in.readBoolean()));
				}
			}
			catch (IOException ioException) {
				throw new UncheckedIOException(ioException);
			}

			return directorySnapshot;
		}

		private void teachingAssignment(TeachingAssignment teachingAssignment)
			throws IOException {

			DataOutputStream out = _teachingAssignments;

			out.writeUTF(teachingAssignment.teacherId());
			out.writeUTF(teachingAssignment.structureCode());
			out.writeBoolean(teachingAssignment.isGroup());
			out.writeUTF(teachingAssignment.subjectCode());
			out.writeBoolean(teachingAssignment.headTeacher());

			_teachingAssignmentCount++;
		}

		private static DataInputStream _in(ByteArrayOutputStream bytes) {
			return new DataInputStream(
				new ByteArrayInputStream(bytes.toByteArray()));
		}

		private final List<SchoolClass> _classes = new ArrayList<>();
		private final List<Establishment> _establishments = new ArrayList<>();
		private final List<Group> _groups = new ArrayList<>();
		private final DataOutputStream _people;
		private final ByteArrayOutputStream _peopleBytes =
			new ByteArrayOutputStream();
		private int _peopleCount;
		private int _relationCount;
		private final ByteArrayOutputStream _relationBytes =
			new ByteArrayOutputStream();
		private final DataOutputStream _relations;
		private int _teachingAssignmentCount;
		private final ByteArrayOutputStream _teachingAssignmentBytes =
			new ByteArrayOutputStream();
		private final DataOutputStream _teachingAssignments;
		private final Uai _uai;

	}

}
