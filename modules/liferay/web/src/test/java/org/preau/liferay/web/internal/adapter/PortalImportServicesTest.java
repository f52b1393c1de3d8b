package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserGroup;
import com.liferay.portal.kernel.transaction.TransactionInvoker;
import com.liferay.portal.kernel.transaction.TransactionInvokerUtil;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.audit.service.Auditor;
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
import org.preau.core.imports.model.ActionKind;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.EstablishmentReport;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.port.in.ImportCommand;
import org.preau.core.security.Actor;
import org.preau.liferay.web.constants.PreauExpandoConstants;
import org.preau.liferay.web.constants.PreauRoleConstants;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.Fakes;

/**
 * Runs the core's import over the portal adapters and a portal instance in memory, and checks what the portal holds
 * afterwards.
 */
public class PortalImportServicesTest {

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
						_transactions++;

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
	}

	@AfterEach
	public void tearDown() {
		TransactionInvokerUtil transactionInvokerUtil =
			new TransactionInvokerUtil();

		transactionInvokerUtil.setTransactionInvoker(null);
	}

	@Test
	public void givenAFeedThatListsTheParentAndTheTeacherWithoutTheirLinks_thenTheRowsAreRemoved() {
		_import(_feed(true), _DAY_1);

		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		DirectorySnapshot feed = _feed(true);

		feed.establishments(
		).forEach(
			directorySnapshot::establishment
		);
		feed.classes(
		).forEach(
			directorySnapshot::schoolClass
		);
		feed.groups(
		).forEach(
			directorySnapshot::group
		);
		feed.people(
		).forEach(
			directorySnapshot::person
		);

		ImportReport importReport = _import(directorySnapshot, _DAY_1);

		Assertions.assertEquals(
			2, _count(importReport, ActionKind.UNLINK),
			importReport.toString());
		Assertions.assertEquals(List.of(), _fakePortal.parentRelations());
		Assertions.assertEquals(List.of(), _fakePortal.teachingAssignments());
		Assertions.assertEquals(
			0, _import(directorySnapshot, _DAY_1).totalActions());
	}

	@Test
	public void givenAFeed_whenImported_thenThePortalHoldsTheOrganizationUsersRolesUserGroupsAndLinks() {
		ImportReport importReport = _import(_feed(true), _DAY_1);

		Assertions.assertEquals(
			List.of(), importReport.errors(), importReport.toString());
		Assertions.assertTrue(_transactions > 0);

		Assertions.assertEquals(1, _fakePortal.organizations().size());

		Organization organization = _fakePortal.organizations(
		).values(
		).iterator(
		).next();

		Assertions.assertEquals("Collège Jean Moulin", organization.getName());
		Assertions.assertTrue(
			_fakePortal.hasSite(organization.getOrganizationId()));
		Assertions.assertEquals(
			"0310001A",
			_fakePortal.expando(
				Organization.class, PreauExpandoConstants.ORGANIZATION_UAI,
				organization.getOrganizationId()));

		Assertions.assertEquals(4, _fakePortal.users().size());

		User eloise = _user("eloise.daubigne");
		User jean = _user("jean.dupont");
		User marie = _user("marie.dupont");
		User teacher = _user("jean.dupont2");

		Assertions.assertEquals(
			Set.of(PreauRoleConstants.PUPIL),
			_fakePortal.roleNames(eloise.getUserId()));
		Assertions.assertEquals(
			Set.of(PreauRoleConstants.PUPIL),
			_fakePortal.roleNames(jean.getUserId()));
		Assertions.assertEquals(
			Set.of(PreauRoleConstants.PARENT),
			_fakePortal.roleNames(marie.getUserId()));
		Assertions.assertEquals(
			Set.of(PreauRoleConstants.TEACHER),
			_fakePortal.roleNames(teacher.getUserId()));

		for (User user : List.of(eloise, jean, marie, teacher)) {
			Assertions.assertEquals(
				Set.of(organization.getOrganizationId()),
				_fakePortal.organizationIds(user.getUserId()));
			Assertions.assertEquals(
				WorkflowConstants.STATUS_APPROVED, user.getStatus());
			Assertions.assertEquals(
				"AAF", _userField(user, PreauExpandoConstants.USER_SOURCE));
			Assertions.assertEquals(
				"ACTIVE", _userField(user, PreauExpandoConstants.USER_STATE));
		}

		Assertions.assertEquals(
			"1001", _userField(eloise, PreauExpandoConstants.USER_EXTERNAL_ID));
		Assertions.assertEquals(
			"PUPIL", _userField(eloise, PreauExpandoConstants.USER_PROFILE));
		Assertions.assertEquals(
			"123456789AB", _userField(eloise, PreauExpandoConstants.USER_INE));
		Assertions.assertEquals(
			"6A", _userField(eloise, PreauExpandoConstants.USER_CLASS));
		Assertions.assertEquals(
			"2014-03-02",
			_userField(eloise, PreauExpandoConstants.USER_BIRTH_DATE));
		Assertions.assertEquals(
			Set.of("0310001A classe 6A", "0310001A groupe 6A-ANG"),
			_fakePortal.userGroupNames(eloise.getUserId()));
		Assertions.assertEquals(
			Set.of("0310001A classe 6A", "0310001A groupe 6A-ANG"),
			_fakePortal.userGroupNames(jean.getUserId()));
		Assertions.assertEquals(
			Set.of(), _fakePortal.userGroupNames(marie.getUserId()));
		Assertions.assertEquals(
			"marie.dupont@example.org", marie.getEmailAddress());
		Assertions.assertEquals(
			"3001",
			_userField(teacher, PreauExpandoConstants.USER_EXTERNAL_ID));
		Assertions.assertEquals(
			"ENS", _userField(teacher, PreauExpandoConstants.USER_FUNCTIONS));

		Assertions.assertEquals(2, _fakePortal.userGroups().size());

		UserGroup group = _userGroup("0310001A groupe 6A-ANG");

		Assertions.assertEquals(
			"6A",
			_fakePortal.expando(
				UserGroup.class, PreauExpandoConstants.USER_GROUP_CLASS_CODES,
				group.getUserGroupId()));

		Assertions.assertEquals(1, _fakePortal.parentRelations().size());

		org.preau.liferay.model.ParentRelation parentRelation =
			_fakePortal.parentRelations(
			).get(
				0
			);

		Assertions.assertEquals(
			"2001", parentRelation.getParentExternalId());
		Assertions.assertEquals("1002", parentRelation.getPupilExternalId());
		Assertions.assertEquals(
			LegalLevel.LEGAL.code(), parentRelation.getLegalLevel());
		Assertions.assertEquals("0310001A", parentRelation.getUai());

		Assertions.assertEquals(1, _fakePortal.teachingAssignments().size());

		org.preau.liferay.model.TeachingAssignment teachingAssignment =
			_fakePortal.teachingAssignments(
			).get(
				0
			);

		Assertions.assertEquals(
			"3001", teachingAssignment.getTeacherExternalId());
		Assertions.assertEquals("6A", teachingAssignment.getStructureCode());
		Assertions.assertEquals(
			"030201", teachingAssignment.getSubjectCode());
		Assertions.assertTrue(teachingAssignment.isHeadTeacher());

		Assertions.assertEquals(1, _fakePortal.importRuns().size());
		Assertions.assertEquals(
			"SUCCEEDED",
			_fakePortal.importRuns(
			).get(
				0
			).getStatus());
	}

	@Test
	public void givenAPupilMissingFromLaterFeeds_thenTheyAreDetachedThenSuspendedThenRestoredUnderTheSameLogin() {
		_import(_feed(true), _DAY_1);

		User eloise = _user("eloise.daubigne");

		ImportReport importReport = _import(_feed(false), _DAY_1.plusDays(1));

		Assertions.assertEquals(
			1,
			_count(importReport, ActionKind.DETACH), importReport.toString());
		Assertions.assertEquals(
			"DETACHED", _userField(eloise, PreauExpandoConstants.USER_STATE));
		Assertions.assertEquals(
			_DAY_1.plusDays(
				1
			).toString(),
			_userField(eloise, PreauExpandoConstants.USER_DETACHED_ON));
		Assertions.assertEquals(
			WorkflowConstants.STATUS_APPROVED, eloise.getStatus());

		int writes = _fakePortal.writes();

		_import(_feed(false), _DAY_1.plusDays(2));

		Assertions.assertEquals(writes, _fakePortal.writes());

		importReport = _import(
			_feed(false),
			_DAY_1.plusDays(
				1 + LifecyclePolicy.DEFAULT_SUSPEND_AFTER_DAYS));

		Assertions.assertEquals(
			1,
			_count(importReport, ActionKind.SUSPEND), importReport.toString());
		Assertions.assertEquals(
			"SUSPENDED", _userField(eloise, PreauExpandoConstants.USER_STATE));
		Assertions.assertEquals(
			WorkflowConstants.STATUS_INACTIVE, eloise.getStatus());

		importReport = _import(
			_feed(true),
			_DAY_1.plusDays(
				2 + LifecyclePolicy.DEFAULT_SUSPEND_AFTER_DAYS));

		Assertions.assertEquals(
			1,
			_count(importReport, ActionKind.RESTORE), importReport.toString());
		Assertions.assertEquals(
			"ACTIVE", _userField(eloise, PreauExpandoConstants.USER_STATE));
		Assertions.assertEquals(
			"", _userField(eloise, PreauExpandoConstants.USER_DETACHED_ON));
		Assertions.assertEquals(
			WorkflowConstants.STATUS_APPROVED, eloise.getStatus());
		Assertions.assertEquals(4, _fakePortal.users().size());
		Assertions.assertSame(eloise, _user("eloise.daubigne"));
	}

	@Test
	public void givenAPupilWhoChangesClassAndLeavesAGroup_thenTheirUserGroupsFollow() {
		_import(_feed(true), _DAY_1);

		DirectorySnapshot directorySnapshot = _feed(true);

		directorySnapshot.schoolClass(new SchoolClass(_UAI, "6B", null));
		directorySnapshot.person(
			_pupil(
				"1002", "Jean", "Dupont", null
			).classCode(
				"6B"
			).build());

		ImportReport importReport = _import(directorySnapshot, _DAY_1);

		Assertions.assertEquals(
			1, _count(importReport, ActionKind.MOVE), importReport.toString());
		Assertions.assertEquals(
			Set.of("0310001A classe 6B"),
			_fakePortal.userGroupNames(_user("jean.dupont").getUserId()));
		Assertions.assertEquals(
			"6B",
			_userField(
				_user("jean.dupont"), PreauExpandoConstants.USER_CLASS));
	}

	@Test
	public void givenARenamedPerson_thenTheirNameChangesButNotTheirLogin() {
		_import(_feed(true), _DAY_1);

		User jean = _user("jean.dupont");

		DirectorySnapshot directorySnapshot = _feed(true);

		directorySnapshot.person(
			_pupil(
				"1002", "Jean", "Dupont-Martin", null
			).group(
				"6A-ANG"
			).build());

		_import(directorySnapshot, _DAY_1);

		Assertions.assertEquals("Dupont-Martin", jean.getLastName());
		Assertions.assertSame(jean, _user("jean.dupont"));
		Assertions.assertEquals(4, _fakePortal.users().size());
	}

	@Test
	public void givenAnImportedFeed_whenImportedAgain_thenNothingChanges() {
		_import(_feed(true), _DAY_1);

		int writes = _fakePortal.writes();
		Set<String> screenNames = _screenNames();

		ImportReport importReport = _import(_feed(true), _DAY_1.plusDays(1));

		Assertions.assertEquals(
			0, importReport.totalActions(), importReport.toString());
		Assertions.assertEquals(writes, _fakePortal.writes());
		Assertions.assertEquals(screenNames, _screenNames());
		Assertions.assertEquals(2, _fakePortal.importRuns().size());
	}

	private int _count(ImportReport importReport, ActionKind actionKind) {
		int count = 0;

		for (EstablishmentReport establishmentReport :
				importReport.establishments()) {

			count += establishmentReport.actions(
			).getOrDefault(
				actionKind, 0
			);
		}

		return count;
	}

	/**
	 * A feed of one collège: two pupils of 6A in the English group, the mother of one of them, and a teacher who
	 * shares the name of the other pupil.
	 */
	private DirectorySnapshot _feed(boolean withEloise) {
		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		directorySnapshot.establishment(
			new Establishment(
				_UAI, "Collège Jean Moulin", EstablishmentKind.COLLEGE,
				"Toulouse"));
		directorySnapshot.level(new Level("10010012110", "6EME"));
		directorySnapshot.subject(new Subject("030201", "ANGLAIS LV1"));
		directorySnapshot.schoolClass(
			new SchoolClass(_UAI, "6A", "10010012110"));
		directorySnapshot.group(new Group(_UAI, "6A-ANG", Set.of("6A")));

		if (withEloise) {
			directorySnapshot.person(
				_pupil(
					"1001", "Éloïse", "D'Aubigné", "123456789AB"
				).birthDate(
					LocalDate.of(2014, 3, 2)
				).group(
					"6A-ANG"
				).build());
		}

		directorySnapshot.person(
			_pupil(
				"1002", "Jean", "Dupont", null
			).group(
				"6A-ANG"
			).build());
		directorySnapshot.person(
			Person.builder(
			).email(
				"marie.dupont@example.org"
			).externalId(
				"2001"
			).firstName(
				"Marie"
			).lastName(
				"Dupont"
			).profile(
				Profile.PARENT
			).source(
				Source.AAF
			).uai(
				_UAI
			).build());
		directorySnapshot.person(
			Person.builder(
			).externalId(
				"3001"
			).firstName(
				"Jean"
			).function(
				StaffFunction.ENS
			).lastName(
				"Dupont"
			).profile(
				Profile.TEACHER
			).source(
				Source.AAF
			).uai(
				_UAI
			).build());
		directorySnapshot.relation(
			new ParentRelation(_UAI, "2001", "1002", LegalLevel.LEGAL, "10"));
		directorySnapshot.teachingAssignment(
			new TeachingAssignment(_UAI, "3001", "6A", false, "030201", true));

		return directorySnapshot;
	}

	private ImportReport _import(
		DirectorySnapshot directorySnapshot, LocalDate today) {

		Clock clock = Clock.fixed(
			today.atStartOfDay(
				ZoneOffset.UTC
			).plusHours(
				10
			).toInstant(),
			ZoneOffset.UTC);

		return PortalImportServices.importService(
			new Auditor(
				new PortalAuditLog(
					_fakePortal.auditEventLocalService(),
					() -> FakePortal.COMPANY_ID),
				clock),
			clock, () -> FakePortal.COMPANY_ID,
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
			Actor.system(),
			ImportCommand.apply(directorySnapshot, Source.AAF)
		);
	}

	private Person.Builder _pupil(
		String externalId, String firstName, String lastName, String ine) {

		return Person.builder(
		).classCode(
			"6A"
		).externalId(
			externalId
		).firstName(
			firstName
		).ine(
			ine
		).lastName(
			lastName
		).profile(
			Profile.PUPIL
		).source(
			Source.AAF
		).uai(
			_UAI
		);
	}

	private Set<String> _screenNames() {
		Set<String> screenNames = new TreeSet<>();

		for (User user : _fakePortal.users().values()) {
			screenNames.add(user.getScreenName());
		}

		return screenNames;
	}

	private User _user(String screenName) {
		User user = _fakePortal.user(screenName);

		Assertions.assertNotNull(
			user, screenName + " among " + _screenNames());

		return user;
	}

	private String _userField(User user, String columnName) {
		return _fakePortal.expando(User.class, columnName, user.getUserId());
	}

	private UserGroup _userGroup(String name) {
		List<String> names = new ArrayList<>();

		for (UserGroup userGroup : _fakePortal.userGroups().values()) {
			if (name.equals(userGroup.getName())) {
				return userGroup;
			}

			names.add(userGroup.getName());
		}

		throw new AssertionError(name + " among " + names);
	}

	private static final LocalDate _DAY_1 = LocalDate.of(2026, 9, 1);

	private static final Uai _UAI = Uai.of("0310001A");

	private final FakePortal _fakePortal = new FakePortal();
	private int _transactions;

}
