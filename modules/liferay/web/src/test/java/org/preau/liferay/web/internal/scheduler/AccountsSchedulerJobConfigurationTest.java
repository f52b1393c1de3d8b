package org.preau.liferay.web.internal.scheduler;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.SuspensionEvent;
import org.preau.core.directory.model.Profile;
import org.preau.liferay.web.internal.adapter.PortalAccountsServices;
import org.preau.liferay.web.internal.test.FakeAccountsTables;
import org.preau.liferay.web.internal.test.FakeMail;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.PortalImports;

/**
 * The hourly accounts job over the portal host's account services, a portal instance in memory into which the
 * collège's pupils were imported, and Préau's guest and suspension tables in memory: what the job ends is read back
 * from the users' status and the tables.
 */
public class AccountsSchedulerJobConfigurationTest {

	@BeforeEach
	public void setUp() throws Exception {
		_portalImports = new PortalImports(_tempDir);

		_portalImports.install();

		_portalImports.importFeed("eleves.csv", PortalImports.PUPILS);

		_fakePortal = _portalImports.fakePortal();
	}

	@AfterEach
	public void tearDown() {
		_portalImports.uninstall();
	}

	@Test
	public void givenAPupilsSuspensionUntilAFutureDay_whenTheJobRunsBeforeAndOnThatDay_thenTheUserIsActiveAgainOnlyOnIt() {
		User pupil = _user("Léo");

		_services(_TODAY).getSuspensionService(
		).suspend(
			_portalImports.actor(), pupil.getScreenName(), "exclusion",
			_TODAY.plusDays(2)
		);

		Assertions.assertEquals(
			WorkflowConstants.STATUS_INACTIVE, pupil.getStatus());
		Assertions.assertFalse(
			_services(
				_TODAY
			).getSuspensionService(
			).allows(
				pupil.getScreenName()
			));

		Assertions.assertEquals(
			0,
			AccountsSchedulerJobConfiguration.run(
				_services(_TODAY.plusDays(1))));
		Assertions.assertEquals(
			WorkflowConstants.STATUS_INACTIVE, pupil.getStatus());

		Assertions.assertEquals(
			1,
			AccountsSchedulerJobConfiguration.run(
				_services(_TODAY.plusDays(2))));
		Assertions.assertEquals(
			WorkflowConstants.STATUS_APPROVED, pupil.getStatus());

		PortalAccountsServices services = _services(_TODAY.plusDays(2));

		Assertions.assertTrue(
			services.getSuspensionService(
			).allows(
				pupil.getScreenName()
			));
		Assertions.assertEquals(
			0, AccountsSchedulerJobConfiguration.run(services));

		List<SuspensionEvent> history = services.getSuspensionService(
		).history(
			_portalImports.actor(), PortalImports.UAI, 10
		);

		Assertions.assertEquals(2, history.size());
		Assertions.assertEquals(
			SuspensionEvent.ACTION_REACTIVATE,
			history.get(
				0
			).action());
		Assertions.assertEquals(
			SuspensionEvent.ACTION_SUSPEND,
			history.get(
				1
			).action());
		Assertions.assertEquals(
			"exclusion",
			history.get(
				1
			).reason());
	}

	@Test
	public void givenAClassSuspendedWithoutEndDay_whenTheJobRuns_thenItsPupilsStaySuspendedAndTheOtherClassIsUntouched() {
		User eloise = _user("Éloïse");
		User leo = _user("Léo");

		Assertions.assertEquals(
			1,
			_services(
				_TODAY
			).getSuspensionService(
			).suspendAll(
				_portalImports.actor(),
				AccountScope.ofClass(PortalImports.UAI, Profile.PUPIL, "6A"),
				"trip abroad", null
			));

		Assertions.assertEquals(
			0,
			AccountsSchedulerJobConfiguration.run(
				_services(_TODAY.plusDays(300))));
		Assertions.assertEquals(
			WorkflowConstants.STATUS_INACTIVE, eloise.getStatus());
		Assertions.assertEquals(
			WorkflowConstants.STATUS_APPROVED, leo.getStatus());
		Assertions.assertEquals(1, _tables.accountSuspensions().size());
	}

	private PortalAccountsServices _services(LocalDate day) {
		Clock clock = Clock.fixed(
			day.atTime(
				10, 0
			).toInstant(
				ZoneOffset.UTC
			),
			ZoneOffset.UTC);

		return _tables.portalAccountsServices(
			_fakePortal, _fakeMail, () -> _fakeMail.preauConfiguration(""),
			clock);
	}

	private User _user(String firstName) {
		for (User user :
				_fakePortal.users(
				).values()) {

			if (firstName.equals(user.getFirstName())) {
				return user;
			}
		}

		throw new IllegalStateException("no user " + firstName);
	}

	private static final LocalDate _TODAY = LocalDate.ofInstant(
		Instant.now(), ZoneOffset.UTC);

	private final FakeMail _fakeMail = new FakeMail(
		"ent@college-curie.example.fr");
	private FakePortal _fakePortal;
	private PortalImports _portalImports;
	private final FakeAccountsTables _tables = new FakeAccountsTables();

	@TempDir
	private Path _tempDir;

}
