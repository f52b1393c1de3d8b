package org.preau.liferay.web.internal.adapter;

import com.liferay.expando.kernel.model.ExpandoTableConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.transaction.TransactionInvoker;
import com.liferay.portal.kernel.transaction.TransactionInvokerUtil;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.DirectoryPage;
import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.model.UserCard;
import org.preau.core.directory.port.in.SearchDirectory;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.port.in.ImportCommand;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;
import org.preau.liferay.model.AuditEvent;
import org.preau.liferay.web.constants.PreauExpandoConstants;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.Fakes;

/**
 * The directory search, cards and export the portal host wires, over a portal instance in memory that two imports
 * filled: a collège from the AAF and a lycée from a CSV file.
 */
public class PortalDirectorySearchTest {

	@BeforeEach
	public void setUp() {
		TransactionInvokerUtil transactionInvokerUtil =
			new TransactionInvokerUtil();

		transactionInvokerUtil.setTransactionInvoker(
			Fakes.service(
				TransactionInvoker.class,
				Map.of(
					"invoke",
					arguments -> {
						try {
							Callable<?> callable = (Callable<?>)arguments[1];

							return callable.call();
						}
						catch (RuntimeException runtimeException) {
							throw runtimeException;
						}
						catch (Exception exception) {
							throw new IllegalStateException(exception);
						}
					})));

		_import(_college(), Source.AAF);
		_import(_lycee(), Source.CSV);

		CustomFields userFields = new CustomFields(
			User.class.getName(), ExpandoTableConstants.DEFAULT_TABLE_NAME,
			_fakePortal.expandoValueLocalService());

		userFields.set(
			FakePortal.COMPANY_ID, _user("zoe.elan").getUserId(),
			PreauExpandoConstants.USER_STATE, "SUSPENDED");

		_searchDirectory = PortalImportServices.directorySearch(
			_auditor(), () -> FakePortal.COMPANY_ID,
			_fakePortal.counterLocalService(),
			_fakePortal.expandoValueLocalService(),
			_fakePortal.organizationLocalService(),
			_fakePortal.parentRelationLocalService(),
			_fakePortal.roleLocalService(),
			_fakePortal.teachingAssignmentLocalService(),
			_fakePortal.userGroupLocalService(),
			_fakePortal.userLocalService());
	}

	@AfterEach
	public void tearDown() {
		TransactionInvokerUtil transactionInvokerUtil =
			new TransactionInvokerUtil();

		transactionInvokerUtil.setTransactionInvoker(null);
	}

	@Test
	public void givenACriterion_thenOnlyThePeopleItDescribesAreFound() {
		Assertions.assertEquals(
			List.of("3001", "3002"),
			_ids(_COLLEGE_SEARCH.toBuilder().profile("teacher")));
		Assertions.assertEquals(
			List.of("4001"), _ids(_COLLEGE_SEARCH.toBuilder().function("dir")));

		// A subject by its label, in any case, or by its code; a teacher is found by what they teach

		Assertions.assertEquals(
			List.of("3001"),
			_ids(_COLLEGE_SEARCH.toBuilder().subject("anglais lv1")));
		Assertions.assertEquals(
			List.of("3002"), _ids(_COLLEGE_SEARCH.toBuilder().subject("020700")));
		Assertions.assertEquals(
			List.of("1001", "1002"),
			_ids(_COLLEGE_SEARCH.toBuilder().level("10010012110")));

		// The members of a class or group are its pupils and the teachers who teach it

		Assertions.assertEquals(
			List.of("1001", "1002", "3001"),
			_ids(_COLLEGE_SEARCH.toBuilder().classCode("6A")));
		Assertions.assertEquals(
			List.of("1001", "3002"),
			_ids(_COLLEGE_SEARCH.toBuilder().groupCode("6A-ANG")));
		Assertions.assertEquals(
			List.of("1003"),
			_ids(_COLLEGE_SEARCH.toBuilder().state("suspended")));
		Assertions.assertEquals(
			List.of("5001"), _ids(DirectorySearch.builder().source("csv")));
		Assertions.assertEquals(
			List.of("1002", "3001"),
			_ids(
				_COLLEGE_SEARCH.toBuilder(
				).classCode(
					"6A"
				).name(
					"dupont"
				)));
		Assertions.assertEquals(
			List.of(),
			_ids(
				_COLLEGE_SEARCH.toBuilder(
				).profile(
					"parent"
				).classCode(
					"6A"
				)));
	}

	@Test
	public void givenANamePrefix_thenLastOrFirstNamesMatchWithoutAccentsOrCase() {

		// No establishment named: a platform administrator searches them all

		DirectoryPage directoryPage = _searchDirectory.search(
			_PLATFORM_ADMINISTRATOR,
			DirectorySearch.builder(
			).name(
				"DU"
			).build());

		Assertions.assertEquals(
			List.of("1002", "3001", "2001", "5001"), _ids(directoryPage));
		Assertions.assertEquals(4, directoryPage.total());
		Assertions.assertEquals(
			List.of("emma.dupont", "jean.dupont", "marie.dupont", "elodie.durand"),
			_logins(directoryPage));

		Assertions.assertEquals(
			List.of("1001", "5001"),
			_ids(
				DirectorySearch.builder(
				).name(
					"élo"
				)));
		Assertions.assertEquals(
			List.of("1001", "1002", "1003", "3002"),
			_ids(_COLLEGE_SEARCH.toBuilder().name("E")));
	}

	@Test
	public void givenAPageSize_thenThePagesFollowTheOrderOfFoldedNames() {
		List<String> all = _ids(_COLLEGE_SEARCH.toBuilder());

		Assertions.assertEquals(
			List.of("1001", "1002", "3001", "2001", "1003", "3002", "4001"),
			all);

		List<String> paged = new ArrayList<>();

		for (int page = 0; page < 4; page++) {
			DirectoryPage directoryPage = _searchDirectory.search(
				_COLLEGE_ADMINISTRATOR,
				_COLLEGE_SEARCH.toBuilder(
				).page(
					page
				).pageSize(
					2
				).build());

			Assertions.assertEquals(7, directoryPage.total());
			Assertions.assertEquals(page < 3, directoryPage.hasNext());

			paged.addAll(_ids(directoryPage));
		}

		Assertions.assertEquals(all, paged);

		List<String> exported = new ArrayList<>();

		_searchDirectory.export(
			_COLLEGE_ADMINISTRATOR,
			_COLLEGE_SEARCH.toBuilder(
			).page(
				1
			).pageSize(
				2
			).build()
		).forEach(
			entry -> exported.add(entry.person().externalId())
		);

		Assertions.assertEquals(all, exported);
	}

	@Test
	public void givenAnAdministratorOfOneEstablishment_thenTheSearchStaysInIt() {
		Actor lyceeAdministrator = Actor.of(
			"lycee.admin", "Lycée", Set.of(AdminGrant.establishment(_LYCEE)));

		Assertions.assertEquals(
			List.of("5001"),
			_ids(
				_searchDirectory.search(
					lyceeAdministrator, DirectorySearch.builder().build())));
		Assertions.assertThrows(
			AccessDeniedException.class,
			() -> _searchDirectory.search(lyceeAdministrator, _COLLEGE_SEARCH));
		Assertions.assertThrows(
			AccessDeniedException.class,
			() -> _searchDirectory.card(lyceeAdministrator, "1002"));
		Assertions.assertThrows(
			AccessDeniedException.class,
			() -> _searchDirectory.levels(lyceeAdministrator, _COLLEGE));
	}

	@Test
	public void givenAPerson_thenTheCardGathersTheirLevelTeachingAndRelatives() {
		UserCard pupil = _searchDirectory.card(_COLLEGE_ADMINISTRATOR, "1002");

		Assertions.assertEquals(
			"emma.dupont",
			pupil.entry(
			).login(
			).orElseThrow());
		Assertions.assertEquals(
			new Level("10010012110", "6EME"),
			pupil.level(
			).orElseThrow());
		Assertions.assertEquals(1, pupil.parents().size());
		Assertions.assertEquals(
			"2001",
			pupil.parents(
			).get(
				0
			).entry(
			).person(
			).externalId());
		Assertions.assertEquals(
			LegalLevel.LEGAL,
			pupil.parents(
			).get(
				0
			).relation(
			).legalLevel());
		Assertions.assertEquals(List.of(), pupil.children());
		Assertions.assertEquals(List.of(), pupil.teachingAssignments());

		UserCard parent = _searchDirectory.card(_COLLEGE_ADMINISTRATOR, "2001");

		Assertions.assertEquals(
			List.of("1002"),
			List.of(
				parent.children(
				).get(
					0
				).entry(
				).person(
				).externalId()));
		Assertions.assertTrue(parent.level().isEmpty());

		UserCard teacher = _searchDirectory.card(
			_COLLEGE_ADMINISTRATOR, "3001");

		Assertions.assertEquals(
			List.of(
				new TeachingAssignment(
					_COLLEGE, "3001", "6A", false, "030201", true)),
			teacher.teachingAssignments());
		Assertions.assertEquals("ANGLAIS LV1", teacher.subjectLabel("030201"));
		Assertions.assertThrows(
			NoSuchElementException.class,
			() -> _searchDirectory.card(_COLLEGE_ADMINISTRATOR, "9999"));
	}

	@Test
	public void givenAnEstablishment_thenItsLevelsAndSubjectsTaughtAreListed() {
		Assertions.assertEquals(
			List.of(
				new Level("10010012110", "6EME"),
				new Level("10110001110", "10110001110")),
			_searchDirectory.levels(_COLLEGE_ADMINISTRATOR, _COLLEGE));
		Assertions.assertEquals(
			List.of(
				new Subject("030201", "ANGLAIS LV1"),
				new Subject("020700", "HISTOIRE-GEOGRAPHIE")),
			_searchDirectory.subjectsTaught(_COLLEGE_ADMINISTRATOR, _COLLEGE));
		Assertions.assertEquals(
			List.of(),
			_searchDirectory.subjectsTaught(
				_PLATFORM_ADMINISTRATOR, _COLLEGE_2));
	}

	@Test
	public void givenAUserWhoAdministersNothing_thenNothingIsFoundAndTheRefusalIsAudited() {
		Actor teacher = Actor.of("jean.dupont", "Jean Dupont", Set.of());

		int auditEvents = _fakePortal.auditEvents(
		).size();

		Assertions.assertThrows(
			AccessDeniedException.class,
			() -> _searchDirectory.search(
				teacher, DirectorySearch.builder().build()));
		Assertions.assertThrows(
			AccessDeniedException.class,
			() -> _searchDirectory.card(teacher, "1002"));
		Assertions.assertThrows(
			AccessDeniedException.class,
			() -> _searchDirectory.export(teacher, _COLLEGE_SEARCH));
		Assertions.assertThrows(
			AccessDeniedException.class,
			() -> _searchDirectory.subjectsTaught(teacher, _COLLEGE));

		List<AuditEvent> denied = _fakePortal.auditEvents(
		).subList(
			0, _fakePortal.auditEvents().size() - auditEvents
		);

		Assertions.assertEquals(3, denied.size(), denied.toString());

		for (AuditEvent auditEvent : denied) {
			Assertions.assertEquals("DENIED", auditEvent.getOutcome());
			Assertions.assertEquals("jean.dupont", auditEvent.getActor());
		}
	}

	private Auditor _auditor() {
		return new Auditor(
			new PortalAuditLog(
				_fakePortal.auditEventLocalService(),
				() -> FakePortal.COMPANY_ID),
			Clock.systemUTC());
	}

	/**
	 * A collège: two pupils of 6A, one of 5B, the mother of one of them, two teachers (one of 6A, one of the English
	 * group) and the principal.
	 */
	private DirectorySnapshot _college() {
		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		directorySnapshot.establishment(
			new Establishment(
				_COLLEGE, "Collège Jean Moulin", EstablishmentKind.COLLEGE,
				"Toulouse"));
		directorySnapshot.establishment(
			new Establishment(
				_COLLEGE_2, "Collège Pierre de Fermat",
				EstablishmentKind.COLLEGE, "Toulouse"));
		directorySnapshot.level(new Level("10010012110", "6EME"));
		directorySnapshot.subject(new Subject("030201", "ANGLAIS LV1"));
		directorySnapshot.subject(new Subject("020700", "HISTOIRE-GEOGRAPHIE"));
		directorySnapshot.schoolClass(
			new SchoolClass(_COLLEGE, "6A", "10010012110"));
		directorySnapshot.schoolClass(
			new SchoolClass(_COLLEGE, "5B", "10110001110"));
		directorySnapshot.group(new Group(_COLLEGE, "6A-ANG", Set.of("6A")));

		directorySnapshot.person(
			_person(
				"1001", "Éloïse", "D'Aubigné", Profile.PUPIL, Source.AAF,
				_COLLEGE
			).classCode(
				"6A"
			).group(
				"6A-ANG"
			).build());
		directorySnapshot.person(
			_person(
				"1002", "Emma", "Dupont", Profile.PUPIL, Source.AAF, _COLLEGE
			).classCode(
				"6A"
			).build());
		directorySnapshot.person(
			_person(
				"1003", "Zoé", "Élan", Profile.PUPIL, Source.AAF, _COLLEGE
			).classCode(
				"5B"
			).build());
		directorySnapshot.person(
			_person(
				"2001", "Marie", "Dupont", Profile.PARENT, Source.AAF, _COLLEGE
			).build());
		directorySnapshot.person(
			_person(
				"3001", "Jean", "Dupont", Profile.TEACHER, Source.AAF, _COLLEGE
			).function(
				StaffFunction.ENS
			).build());
		directorySnapshot.person(
			_person(
				"3002", "Paul", "Émile", Profile.TEACHER, Source.AAF, _COLLEGE
			).function(
				StaffFunction.ENS
			).build());
		directorySnapshot.person(
			_person(
				"4001", "Anne", "Roux", Profile.STAFF, Source.AAF, _COLLEGE
			).function(
				StaffFunction.DIR
			).build());
		directorySnapshot.relation(
			new ParentRelation(
				_COLLEGE, "2001", "1002", LegalLevel.LEGAL, "10"));
		directorySnapshot.teachingAssignment(
			new TeachingAssignment(
				_COLLEGE, "3001", "6A", false, "030201", true));
		directorySnapshot.teachingAssignment(
			new TeachingAssignment(
				_COLLEGE, "3002", "6A-ANG", true, "020700", false));

		return directorySnapshot;
	}

	private List<String> _ids(DirectoryPage directoryPage) {
		List<String> ids = new ArrayList<>();

		for (DirectoryEntry entry : directoryPage.entries()) {
			ids.add(
				entry.person(
				).externalId());
		}

		return ids;
	}

	private List<String> _ids(DirectorySearch.Builder builder) {
		return _ids(
			_searchDirectory.search(_PLATFORM_ADMINISTRATOR, builder.build()));
	}

	private void _import(DirectorySnapshot directorySnapshot, Source source) {
		ImportReport importReport = PortalImportServices.importService(
			_auditor(), Clock.systemUTC(), () -> FakePortal.COMPANY_ID,
			_fakePortal.counterLocalService(),
			_fakePortal.directoryMergedKeyLocalService(),
			_fakePortal.expandoValueLocalService(),
			_fakePortal.importRunLocalService(), LifecyclePolicy.defaults(),
			_fakePortal.organizationLocalService(),
			_fakePortal.parentRelationLocalService(),
			_fakePortal.roleLocalService(),
			_fakePortal.teachingAssignmentLocalService(),
			_fakePortal.userGroupLocalService(),
			_fakePortal.userLocalService()
		).run(
			Actor.system(), ImportCommand.apply(directorySnapshot, source)
		);

		Assertions.assertEquals(
			List.of(), importReport.errors(), importReport.toString());
	}

	private List<String> _logins(DirectoryPage directoryPage) {
		List<String> logins = new ArrayList<>();

		for (DirectoryEntry entry : directoryPage.entries()) {
			logins.add(
				entry.login(
				).orElseThrow());
		}

		return logins;
	}

	/**
	 * A lycée of one pupil, from a CSV file.
	 */
	private DirectorySnapshot _lycee() {
		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		directorySnapshot.establishment(
			new Establishment(
				_LYCEE, "Lycée Pierre-Paul Riquet", EstablishmentKind.LYCEE,
				"Saint-Orens"));
		directorySnapshot.person(
			_person(
				"5001", "Élodie", "Durand", Profile.PUPIL, Source.CSV, _LYCEE
			).build());

		return directorySnapshot;
	}

	private Person.Builder _person(
		String externalId, String firstName, String lastName, Profile profile,
		Source source, Uai uai) {

		return Person.builder(
		).externalId(
			externalId
		).firstName(
			firstName
		).lastName(
			lastName
		).profile(
			profile
		).source(
			source
		).uai(
			uai
		);
	}

	private User _user(String screenName) {
		User user = _fakePortal.user(screenName);

		Assertions.assertNotNull(user, screenName);

		return user;
	}

	private static final Uai _COLLEGE = Uai.of("0310001A");

	private static final Actor _COLLEGE_ADMINISTRATOR = Actor.of(
		"college.admin", "Collège",
		Set.of(AdminGrant.establishment(Uai.of("0310001A"))));

	private static final Uai _COLLEGE_2 = Uai.of("0310003C");

	private static final DirectorySearch _COLLEGE_SEARCH =
		DirectorySearch.builder(
		).uai(
			_COLLEGE
		).build();

	private static final Uai _LYCEE = Uai.of("0310002B");

	private static final Actor _PLATFORM_ADMINISTRATOR = Actor.of(
		"dane.admin", "DANE", Set.of(AdminGrant.platform()));

	private final FakePortal _fakePortal = new FakePortal();
	private SearchDirectory _searchDirectory;

}
