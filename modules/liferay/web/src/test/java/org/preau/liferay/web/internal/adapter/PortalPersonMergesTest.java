package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.directory.model.Uai;
import org.preau.core.merges.model.PersonMerge;
import org.preau.core.merges.port.in.MergeCommand;
import org.preau.core.merges.service.PersonMergeService;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;
import org.preau.liferay.model.AuditEvent;
import org.preau.liferay.model.ParentRelation;
import org.preau.liferay.model.TeachingAssignment;
import org.preau.liferay.web.constants.PreauExpandoConstants;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.PortalImports;

/**
 * Merges and unmerges over the portal doubles, between imports of feeds that list Léo N'Diaye twice (1002 and 1003,
 * the second in one more group, linked to a second parent and to the same father), two teachers who are one
 * (3001 and 3002, teaching one class in common and one apart) and two staff members who are one (4001 and 4002, of
 * two functions).
 */
public class PortalPersonMergesTest {

	@BeforeEach
	public void setUp() throws Exception {
		_portalImports = new PortalImports(_tempDir);

		_portalImports.install();

		_fakePortal = _portalImports.fakePortal();
		_personMergeService = _portalImports.mergeService();

		_importAll();
	}

	@AfterEach
	public void tearDown() {
		_portalImports.uninstall();
	}

	@Test
	public void givenAnActorWhoAdministersNothing_whenTheyMergeOrUnmerge_thenItIsDeniedAndNothingChanges()
		throws Exception {

		PersonMerge personMerge = _personMergeService.merge(
			_portalImports.actor(), new MergeCommand(_UAI, "1002", "1003"));

		String before = _fakePortal.dump();
		int merges = _fakePortal.directoryMerges(
		).size();

		Actor nobody = Actor.of("nobody", "Nobody", Set.of());
		Actor other = Actor.of(
			"other", "Other",
			Set.of(AdminGrant.establishment(Uai.of("0310002B"))));

		for (Actor actor : List.of(nobody, other)) {
			Assertions.assertThrows(
				AccessDeniedException.class,
				() -> _personMergeService.merge(
					actor, new MergeCommand(_UAI, "3001", "3002")));
			Assertions.assertEquals("DENIED", _latestAuditEvent().getOutcome());
			Assertions.assertThrows(
				AccessDeniedException.class,
				() -> _personMergeService.unmerge(actor, personMerge.id()));
			Assertions.assertEquals("DENIED", _latestAuditEvent().getOutcome());
			Assertions.assertThrows(
				AccessDeniedException.class,
				() -> _personMergeService.ofEstablishment(actor, _UAI, 10));
		}

		Assertions.assertEquals(before, _fakePortal.dump());
		Assertions.assertEquals(
			merges,
			_fakePortal.directoryMerges(
			).size());
		Assertions.assertFalse(
			_personMergeService.ofEstablishment(
				_portalImports.actor(), _UAI, 10
			).get(
				0
			).isUndone());
	}

	@Test
	public void givenBadMerges_whenAsked_thenEachIsRefusedAndNothingChanges() {
		String before = _fakePortal.dump();

		for (String[] pair :
				new String[][] {
					{"1002", "9999"}, {"9999", "1002"}, {"1002", "2002"},
					{"3001", "4001"}
				}) {

			Assertions.assertThrows(
				IllegalArgumentException.class,
				() -> _personMergeService.merge(
					_portalImports.actor(),
					new MergeCommand(_UAI, pair[0], pair[1])),
				String.join(" into ", pair));
			Assertions.assertEquals(
				"FAILURE", _latestAuditEvent().getOutcome());
		}

		Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> _personMergeService.merge(
				_portalImports.actor(),
				new MergeCommand(Uai.of("0310002B"), "1002", "1003")));
		Assertions.assertEquals(before, _fakePortal.dump());
		Assertions.assertTrue(_fakePortal.directoryMerges().isEmpty());
	}

	@Test
	public void givenDuplicates_whenMerged_thenTheSurvivorHoldsTheLinksGroupsFunctionsAndKeysAndTheAbsorbedLoginStaysTheirs()
		throws Exception {

		User absorbedUser = _user("1003");
		User survivorUser = _user("1002");

		String absorbedScreenName = absorbedUser.getScreenName();

		Actor actor = _portalImports.actor();

		PersonMerge personMerge = _personMergeService.merge(
			actor, new MergeCommand(_UAI, "1002", "1003"));

		Assertions.assertEquals("SUCCESS", _latestAuditEvent().getOutcome());
		Assertions.assertEquals(
			PersonMergeService.MERGE_ACTION, _latestAuditEvent().getAction());
		Assertions.assertEquals(
			Set.of("0310001A classe 6B", "0310001A groupe 6LAT"),
			_fakePortal.userGroupNames(survivorUser.getUserId()));
		Assertions.assertEquals(
			Set.of(), _fakePortal.userGroupNames(absorbedUser.getUserId()));
		Assertions.assertEquals(
			Set.of("2002>1002", "2003>1002"), _relations("1002", "1003"));
		Assertions.assertEquals(
			"",
			_fakePortal.expando(
				User.class, PreauExpandoConstants.USER_EXTERNAL_ID,
				absorbedUser.getUserId()));
		Assertions.assertEquals(
			WorkflowConstants.STATUS_INACTIVE, absorbedUser.getStatus());
		Assertions.assertSame(
			absorbedUser, _fakePortal.user(absorbedScreenName));
		Assertions.assertTrue(
			_portalImports.fakePortal(
			).directoryMergedKeys(
			).stream(
			).anyMatch(
				directoryMergedKey ->
					directoryMergedKey.getSourceId(
					).equals(
						"1003"
					) &&
					directoryMergedKey.getSurvivorExternalId(
					).equals(
						"1002"
					)
			));
		Assertions.assertEquals(
			List.of(personMerge.id()),
			List.of(
				_personMergeService.ofEstablishment(
					actor, _UAI, 10
				).get(
					0
				).id()));

		_personMergeService.merge(
			actor, new MergeCommand(_UAI, "3001", "3002"));

		Assertions.assertEquals(
			Set.of("3001 6A 030201", "3001 6B 030201"), _teaching("3001"));
		Assertions.assertEquals(Set.of(), _teaching("3002"));

		_personMergeService.merge(
			actor, new MergeCommand(_UAI, "4001", "4002"));

		Assertions.assertEquals(
			Set.of("DIR", "EDU"),
			Set.of(
				_fakePortal.expando(
					User.class, PreauExpandoConstants.USER_FUNCTIONS,
					_user(
						"4001"
					).getUserId()
				).split(
					","
				)));

		Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> _personMergeService.merge(
				actor, new MergeCommand(_UAI, "1001", "1002")),
			"1002 absorbed 1003: that merge must be undone first");
	}

	@Test
	public void givenDuplicates_whenMergedThenUnmerged_thenThePortalIsExactlyAsBefore()
		throws Exception {

		String before = _fakePortal.dump();

		Actor actor = _portalImports.actor();

		List<PersonMerge> personMerges = List.of(
			_personMergeService.merge(
				actor, new MergeCommand(_UAI, "1002", "1003")),
			_personMergeService.merge(
				actor, new MergeCommand(_UAI, "3001", "3002")),
			_personMergeService.merge(
				actor, new MergeCommand(_UAI, "4001", "4002")));

		Assertions.assertNotEquals(before, _fakePortal.dump());

		for (PersonMerge personMerge : personMerges) {
			PersonMerge undone = _personMergeService.unmerge(
				actor, personMerge.id());

			Assertions.assertTrue(undone.isUndone());
			Assertions.assertEquals(
				PersonMergeService.UNMERGE_ACTION,
				_latestAuditEvent().getAction());
			Assertions.assertEquals(
				"SUCCESS", _latestAuditEvent().getOutcome());
		}

		Assertions.assertEquals(before, _fakePortal.dump());
		Assertions.assertTrue(_fakePortal.directoryMergedKeys().isEmpty());
		Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> _personMergeService.unmerge(actor, personMerges.get(0).id()),
			"undone already");
		Assertions.assertEquals(before, _fakePortal.dump());

		int writes = _fakePortal.writes();

		_importAll();

		Assertions.assertEquals(writes, _fakePortal.writes());
	}

	/**
	 * The feed still lists the absorbed people, whose keys now name the survivors: the first import after the merge
	 * recreates no one and keeps the links, while the survivors' own records decide their groups and functions, as
	 * their source owns them; the import after it changes nothing.
	 */
	@Test
	public void givenAMerge_whenTheFeedsAreImportedAgain_thenTheDuplicatesAreNotRecreatedAndASecondImportChangesNothing()
		throws Exception {

		Actor actor = _portalImports.actor();

		_personMergeService.merge(
			actor, new MergeCommand(_UAI, "1002", "1003"));
		_personMergeService.merge(
			actor, new MergeCommand(_UAI, "3001", "3002"));
		_personMergeService.merge(
			actor, new MergeCommand(_UAI, "4001", "4002"));

		int users = _fakePortal.users(
		).size();

		_importAll();

		Assertions.assertEquals(
			users,
			_fakePortal.users(
			).size());

		for (String externalId : List.of("1003", "3002", "4002")) {
			Assertions.assertNull(_userOrNull(externalId), externalId);
		}

		Assertions.assertEquals(
			Set.of("2002>1002", "2003>1002"), _relations("1002", "1003"));
		Assertions.assertEquals(
			Set.of("3001 6A 030201", "3001 6B 030201"), _teaching("3001"));

		String imported = _fakePortal.dump();
		int writes = _fakePortal.writes();

		_importAll();

		Assertions.assertEquals(imported, _fakePortal.dump());
		Assertions.assertEquals(writes, _fakePortal.writes());
	}

	private void _importAll() throws Exception {
		Map<String, String> feeds = new LinkedHashMap<>();

		feeds.put("eleves.csv", _PUPILS);
		feeds.put("parents.csv", _PARENTS);
		feeds.put("enseignants.csv", _TEACHERS);
		feeds.put("personnels.csv", _STAFF);

		_portalImports.importFeeds(feeds);
	}

	private AuditEvent _latestAuditEvent() {
		return _fakePortal.auditEvents(
		).get(
			0
		);
	}

	private Set<String> _relations(String... externalIds) {
		Set<String> relations = new TreeSet<>();

		for (ParentRelation parentRelation : _fakePortal.parentRelations()) {
			for (String externalId : externalIds) {
				if (externalId.equals(parentRelation.getPupilExternalId())) {
					relations.add(
						parentRelation.getParentExternalId() + ">" +
							parentRelation.getPupilExternalId());
				}
			}
		}

		return relations;
	}

	private Set<String> _teaching(String externalId) {
		Set<String> teaching = new TreeSet<>();

		for (TeachingAssignment teachingAssignment :
				_fakePortal.teachingAssignments()) {

			if (externalId.equals(teachingAssignment.getTeacherExternalId())) {
				teaching.add(
					String.join(
						" ", teachingAssignment.getTeacherExternalId(),
						teachingAssignment.getStructureCode(),
						teachingAssignment.getSubjectCode()));
			}
		}

		return teaching;
	}

	private User _user(String externalId) {
		User user = _userOrNull(externalId);

		Assertions.assertNotNull(user, externalId);

		return user;
	}

	private User _userOrNull(String externalId) {
		for (User user :
				_fakePortal.users(
				).values()) {

			if (externalId.equals(
					_fakePortal.expando(
						User.class, PreauExpandoConstants.USER_EXTERNAL_ID,
						user.getUserId()))) {

				return user;
			}
		}

		return null;
	}

	private static final String _PARENTS =
		"identifiant;nom;prénom;mail;uai;enfants;niveau;lien\n" +
			"2001;Lefèvre;Claire;claire.lefevre@example.org;0310001A;1001;1;" +
				"20\n" +
					"2002;N'Diaye;Moussa;;0310001A;1002|1003;1;10\n" +
						"2003;N'Diaye;Awa;;0310001A;1003;1;20\n";

	private static final String _PUPILS =
		"identifiant;nom;prénom;date de naissance;classe;groupes;uai\n" +
			"1001;Lefèvre;Éloïse;03/02/2014;6A;6ESP1|6LAT;0310001A\n" +
				"1002;N'Diaye;Léo;11/12/2013;6B;;0310001A\n" +
					"1003;N'Diaye;Léo;11/12/2013;6B;6LAT;0310001A\n";

	private static final String _STAFF =
		"identifiant;nom;prénom;date de naissance;mail;uai;fonction\n" +
			"4001;Martin;Sophie;01/02/1970;;0310001A;DIR\n" +
				"4002;Martin;Sophie;01/02/1970;;0310001A;EDU\n";

	private static final String _TEACHERS =
		"identifiant;nom;prénom;date de naissance;mail;uai;matières;" +
			"classes;groupes;principal\n" +
				"3001;Durand;Paul;05/06/1980;;0310001A;030201;6A:030201;;\n" +
					"3002;Durand;Paul;05/06/1980;;0310001A;030201;" +
						"6A:030201|6B:030201;;6B\n";

	private static final Uai _UAI = PortalImports.UAI;

	private FakePortal _fakePortal;
	private PersonMergeService _personMergeService;
	private PortalImports _portalImports;

	@TempDir
	Path _tempDir;

}
