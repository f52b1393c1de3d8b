package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
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
import org.preau.core.imports.model.CurrentDirectory;
import org.preau.core.imports.model.PersonRecord;
import org.preau.core.imports.model.SourceKey;

/**
 * The reconciler's ports on a real H2 database: what it reads of some establishments, and its writes.
 */
public class JdbcDirectoryStateTest {

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("directory-state");
		_store = new JdbcStore(
			_database.dataSource(), StoreFixture.tickingClock());

		for (Uai uai : List.of(_UAI, _OTHER_UAI)) {
			_store.establishments(
			).save(
				new Establishment(
					uai, "Collège " + uai, EstablishmentKind.COLLEGE, "Albi")
			);
			_store.structures().saveClass(new SchoolClass(uai, "3A", null));
			_store.structures().saveGroup(new Group(uai, "ANG", Set.of("3A")));
			_store.people().save(_person("P-" + uai, Profile.PUPIL, uai));
			_store.people().save(_person("T-" + uai, Profile.TEACHER, uai));
			_store.links(
			).saveRelation(
				new ParentRelation(
					uai, "T-" + uai, "P-" + uai, LegalLevel.LEGAL, "10")
			);
			_store.links(
			).saveTeachingAssignment(
				new TeachingAssignment(
					uai, "T-" + uai, "3A", false, "030201", true)
			);
		}

		_store.structures().saveLevel(new Level("10310019110", "3EME"));
		_store.structures().saveSubject(new Subject("030201", "ANGLAIS LV1"));
	}

	@Test
	public void givenLinksRemoved_thenTheyAreGoneAndRemovingThemAgainChangesNothing()
		throws SQLException {

		ParentRelation relation = new ParentRelation(
			_UAI, "T-" + _UAI, "P-" + _UAI, LegalLevel.LEGAL, "10");
		TeachingAssignment assignment = new TeachingAssignment(
			_UAI, "T-" + _UAI, "3A", false, "030201", true);

		_store.directoryUpdates().removeRelation(relation);
		_store.directoryUpdates().removeTeachingAssignment(assignment);

		CurrentDirectory current = _store.directoryState().load(Set.of(_UAI));

		assertTrue(current.relations().isEmpty());
		assertTrue(current.assignments().isEmpty());

		List<String> rows = StoreFixture.dump(_database.dataSource());

		_store.directoryUpdates().removeRelation(relation);
		_store.directoryUpdates().removeTeachingAssignment(assignment);

		assertEquals(rows, StoreFixture.dump(_database.dataSource()));
		assertEquals(
			1,
			_store.directoryState(
			).load(
				Set.of(_OTHER_UAI)
			).relations(
			).size());
	}

	@Test
	public void givenLifecycleAndKeyWrittenTwice_thenTheSecondWriteChangesNoRow()
		throws SQLException {

		String pupilId = "P-" + _UAI;

		_store.directoryUpdates().saveLifecycle(
			pupilId, LocalDate.of(2026, 9, 2), null);
		_store.directoryUpdates().addSourceKey(
			pupilId, SourceKey.of(Source.SIECLE, "4242"));

		List<String> rows = StoreFixture.dump(_database.dataSource());

		_store.directoryUpdates().saveLifecycle(
			pupilId, LocalDate.of(2026, 9, 2), null);
		_store.directoryUpdates().addSourceKey(
			pupilId, SourceKey.of(Source.SIECLE, "4242"));

		assertEquals(rows, StoreFixture.dump(_database.dataSource()));

		// A source key names one person only

		assertThrows(
			IllegalStateException.class,
			() -> _store.directoryUpdates().addSourceKey(
				"T-" + _UAI, SourceKey.of(Source.SIECLE, "4242")));
		assertThrows(
			NoSuchElementException.class,
			() -> _store.directoryUpdates().saveLifecycle(
				"nobody", LocalDate.of(2026, 9, 2), null));
	}

	@Test
	public void givenTwoSchools_whenOneIsLoaded_thenOnlyItsPeopleLinksAndStructuresWithDatesAndKeys() {
		String pupilId = "P-" + _UAI;

		_store.directoryUpdates().saveLifecycle(
			pupilId, LocalDate.of(2026, 9, 2), LocalDate.of(2027, 9, 2));
		_store.directoryUpdates().addSourceKey(
			pupilId, SourceKey.of(Source.SIECLE, "4242"));

		CurrentDirectory current = _store.directoryState().load(Set.of(_UAI));

		assertEquals(1, current.establishments().size());
		assertEquals(2, current.people().size());
		assertEquals(
			List.of(new SchoolClass(_UAI, "3A", null)), current.classes());
		assertEquals(
			List.of(new Group(_UAI, "ANG", Set.of("3A"))), current.groups());
		assertEquals(1, current.relations().size());
		assertEquals(1, current.assignments().size());
		assertEquals(1, current.levels().size());
		assertEquals(1, current.subjects().size());

		PersonRecord pupil = current.people(
		).stream(
		).filter(
			record -> record.externalId().equals(pupilId)
		).findFirst(
		).get();

		assertEquals(_person(pupilId, Profile.PUPIL, _UAI), pupil.person());
		assertEquals(LocalDate.of(2026, 9, 2), pupil.detachedOn().get());
		assertEquals(
			LocalDate.of(2027, 9, 2), pupil.deletionProposedOn().get());
		assertEquals(
			Set.of(SourceKey.of(Source.SIECLE, "4242")), pupil.otherKeys());

		PersonRecord teacher = current.people(
		).stream(
		).filter(
			record -> record.externalId().equals("T-" + _UAI)
		).findFirst(
		).get();

		assertEquals(Set.of(StaffFunction.ENS), teacher.person().functions());
		assertTrue(teacher.detachedOn().isEmpty());
		assertTrue(teacher.otherKeys().isEmpty());
	}

	private static Person _person(String id, Profile profile, Uai uai) {
		Person.Builder builder = Person.builder(
		).externalId(
			id
		).profile(
			profile
		).uai(
			uai
		).lastName(
			"Durand"
		).firstName(
			"Zoé"
		).source(
			Source.AAF
		).state(
			PersonState.ACTIVE
		);

		if (profile == Profile.PUPIL) {
			builder.classCode(
				"3A"
			).group(
				"ANG"
			).ine(
				"123456789AB"
			).birthDate(
				LocalDate.of(2012, 2, 29)
			);
		}
		else {
			builder.function(StaffFunction.ENS);
		}

		return builder.build();
	}

	private static final Uai _OTHER_UAI = Uai.of("0310002B");

	private static final Uai _UAI = Uai.of("0310001A");

	private H2Database _database;
	private JdbcStore _store;

}
