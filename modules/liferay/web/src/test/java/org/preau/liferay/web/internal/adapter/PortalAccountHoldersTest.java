package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.backgroundtask.BackgroundTask;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.directory.model.Profile;
import org.preau.core.imports.job.ImportJob;
import org.preau.liferay.web.internal.test.FakeAccountsTables;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.PortalImports;

/**
 * Scopes by level and parents by their children's class, over a portal instance in memory into which a collège of two
 * levels and its parents were imported: who a use case reaches is read back from the users' passwords and status.
 */
public class PortalAccountHoldersTest {

	@BeforeEach
	public void setUp() throws Exception {
		_portalImports = new PortalImports(_tempDir);

		_portalImports.install();

		ImportJob importJob = _portalImports.importJobService(
		).submit(
			_portalImports.actor(), PortalImports.UAI,
			FeedFiles.uploads(
				List.of(
					_portalImports.upload("eleves.csv", _PUPILS),
					_portalImports.upload("parents.csv", _PARENTS)),
				_portalImports.portalImportJobsOfThisNode()),
			false
		);

		for (BackgroundTask backgroundTask :
				_portalImports.fakeBackgroundTasks().backgroundTasks()) {

			if (backgroundTask.getName().equals(importJob.id())) {
				_portalImports.run(backgroundTask);
			}
		}

		_fakePortal = _portalImports.fakePortal();

		Clock clock = Clock.systemUTC();

		_portalAccountsServices = _tables.portalAccountsServices(
			_fakePortal, clock);
	}

	@AfterEach
	public void tearDown() {
		_portalImports.uninstall();
	}

	@Test
	public void givenTheParentsOfAClass_whenTheirCodesAreIssued_thenExactlyTheParentsOfItsPupilsGetOneEachWithThatClass() {
		List<IssuedCredential> issuedCredentials = _issue(
			AccountScope.ofClass(PortalImports.UAI, Profile.PARENT, "5A"));

		Assertions.assertEquals(
			List.of("Sophie Durand 5A", "Paul Martin 5A"),
			_holders(issuedCredentials));
		_assertPasswordsAreTheCodes(issuedCredentials);
		Assertions.assertNull(
			_fakePortal.user(
				"claire.lefevre"
			).getPassword());
		Assertions.assertNull(
			_fakePortal.user(
				"marc.petit"
			).getPassword());

		Assertions.assertEquals(
			List.of("Sophie Durand 6B", "Marc Petit 6B"),
			_holders(
				_issue(
					AccountScope.ofClass(
						PortalImports.UAI, Profile.PARENT, "6B"))));
	}

	@Test
	public void givenTheParentsOfALevel_thenEachParentOfItsPupilsComesOnceWithTheFirstClassOfTheirChildrenThere() {
		Assertions.assertEquals(
			List.of("Claire Lefèvre 6A", "Sophie Durand 6B", "Marc Petit 6B"),
			_holders(
				_issue(
					AccountScope.ofLevel(
						PortalImports.UAI, Profile.PARENT, _SIXIEME))));
		Assertions.assertEquals(
			List.of(
				"Sophie Durand 5A", "Paul Martin 5A", "Claire Lefèvre 6A",
				"Marc Petit 6B"),
			_holders(
				_issue(AccountScope.of(PortalImports.UAI, Profile.PARENT))));
	}

	@Test
	public void givenALevel_whenItsCodesArePrinted_thenExactlyThePupilsOfItsClassesGetOneInClassOrder() {
		List<IssuedCredential> issuedCredentials = _issue(
			AccountScope.ofLevel(PortalImports.UAI, Profile.PUPIL, _SIXIEME));

		Assertions.assertEquals(
			List.of("Éloïse Lefèvre 6A", "Léo N'Diaye 6B"),
			_holders(issuedCredentials));
		_assertPasswordsAreTheCodes(issuedCredentials);
		Assertions.assertNull(
			_fakePortal.user(
				"lucas.martin"
			).getPassword());
		Assertions.assertNull(
			_fakePortal.user(
				"ines.bernard"
			).getPassword());

		Assertions.assertEquals(
			List.of("Inès Bernard 5A", "Lucas Martin 5A"),
			_holders(
				_issue(
					AccountScope.ofLevel(
						PortalImports.UAI, Profile.PUPIL, _CINQUIEME))));
		Assertions.assertEquals(
			List.of(),
			_holders(
				_issue(
					AccountScope.ofLevel(
						PortalImports.UAI, Profile.PUPIL, "10210001110"))));
	}

	@Test
	public void givenALevelSuspended_thenOnlyThePupilsOfItsClassesAreDeactivated() {
		Assertions.assertEquals(
			2,
			_portalAccountsServices.getSuspensionService(
			).suspendAll(
				_portalImports.actor(),
				AccountScope.ofLevel(
					PortalImports.UAI, Profile.PUPIL, _CINQUIEME),
				"avant la rentrée", null
			));

		for (String screenName :
				List.of("eloise.lefevre", "leo.ndiaye", "sophie.durand")) {

			Assertions.assertEquals(
				WorkflowConstants.STATUS_APPROVED,
				_fakePortal.user(
					screenName
				).getStatus(),
				screenName);
		}

		for (String screenName : List.of("ines.bernard", "lucas.martin")) {
			Assertions.assertEquals(
				WorkflowConstants.STATUS_INACTIVE,
				_fakePortal.user(
					screenName
				).getStatus(),
				screenName);
		}

		Assertions.assertEquals(2, _tables.accountSuspensions().size());
	}

	private void _assertPasswordsAreTheCodes(
		List<IssuedCredential> issuedCredentials) {

		for (IssuedCredential issuedCredential : issuedCredentials) {
			User user = _fakePortal.user(
				issuedCredential.holder(
				).login());

			Assertions.assertEquals(
				issuedCredential.secret(), user.getPassword());
			Assertions.assertTrue(user.isPasswordReset());
		}
	}

	private List<String> _holders(List<IssuedCredential> issuedCredentials) {
		return issuedCredentials.stream(
		).map(
			issuedCredential ->
				issuedCredential.holder(
				).displayName() + " " +
					issuedCredential.holder(
					).classCode(
					).orElse(
						"-"
					)
		).collect(
			Collectors.toList()
		);
	}

	private List<IssuedCredential> _issue(AccountScope accountScope) {
		return _portalAccountsServices.getIssueCredentials(
		).issue(
			_portalImports.actor(), accountScope
		);
	}

	private static final String _CINQUIEME = "10110001110";

	/**
	 * Sophie Durand has a child in 6B and one in 5A; Paul Martin has two in 5A.
	 */
	private static final String _PARENTS =
		"identifiant;nom;prénom;enfants;uai\n" +
			"2001;Lefèvre;Claire;1001;0310001A\n" +
				"2002;Martin;Paul;1003|1004;0310001A\n" +
					"2003;Durand;Sophie;1002|1003;0310001A\n" +
						"2004;Petit;Marc;1002;0310001A\n";

	private static final String _PUPILS =
		"identifiant;nom;prénom;date de naissance;classe;mef;uai\n" +
			"1001;Lefèvre;Éloïse;03/02/2014;6A;10010012110;0310001A\n" +
				"1002;N'Diaye;Léo;11/12/2013;6B;10010012110;0310001A\n" +
					"1003;Martin;Lucas;05/06/2013;5A;10110001110;0310001A\n" +
						"1004;Bernard;Inès;21/09/2012;5A;10110001110;0310001A\n";

	private static final String _SIXIEME = "10010012110";

	private FakePortal _fakePortal;
	private PortalAccountsServices _portalAccountsServices;
	private PortalImports _portalImports;
	private final FakeAccountsTables _tables = new FakeAccountsTables();

	@TempDir
	private Path _tempDir;

}
