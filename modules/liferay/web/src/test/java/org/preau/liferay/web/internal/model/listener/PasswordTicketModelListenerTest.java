package org.preau.liferay.web.internal.model.listener;

import com.liferay.portal.kernel.exception.ModelListenerException;
import com.liferay.portal.kernel.model.Ticket;
import com.liferay.portal.kernel.model.TicketConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.PortalAccountsServices;
import org.preau.liferay.web.internal.test.FakeAccountsTables;
import org.preau.liferay.web.internal.test.FakeMail;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.Fakes;
import org.preau.liferay.web.internal.test.PortalImports;

/**
 * The portal's password tickets, as its "forgot password" creates them, over a portal instance in memory into which
 * the collège's pupils and their parents were imported.
 */
public class PasswordTicketModelListenerTest {

	@BeforeEach
	public void setUp() throws Exception {
		_portalImports = new PortalImports(_tempDir);

		_portalImports.install();

		_portalImports.importFeed("eleves.csv", PortalImports.PUPILS);
		_portalImports.importFeed("parents.csv", PortalImports.PARENTS);

		_fakePortal = _portalImports.fakePortal();

		FakeMail fakeMail = new FakeMail("ent@college-curie.example.fr");

		_portalAccountsServices = _tables.portalAccountsServices(
			_fakePortal, fakeMail, () -> fakeMail.preauConfiguration(""),
			Clock.systemUTC());

		PreauPortalServices preauPortalServices =
			_portalImports.preauPortalServices();

		Field field = PreauPortalServices.class.getDeclaredField(
			"_portalAccountsServices");

		field.setAccessible(true);

		@SuppressWarnings("unchecked")
		Map<Long, PortalAccountsServices> portalAccountsServicesByCompany =
			(Map<Long, PortalAccountsServices>)field.get(preauPortalServices);

		portalAccountsServicesByCompany.put(
			FakePortal.COMPANY_ID, _portalAccountsServices);

		_inject("_preauPortalServices", preauPortalServices);
		_inject("_userLocalService", _fakePortal.userLocalService());
	}

	@AfterEach
	public void tearDown() {
		_portalImports.uninstall();
	}

	@Test
	public void givenAnAdultOrAUserOutsideTheDirectory_thenTheirPasswordTicketIsCreated() {
		for (User user :
				List.of(_user("Claire"), _fakePortal.user("dane.admin"))) {

			_passwordTicketModelListener.onBeforeCreate(
				_ticket(TicketConstants.TYPE_PASSWORD, user));
		}
	}

	@Test
	public void givenAPupil_thenTheirPasswordTicketIsRefusedWithTheReason() {
		User eloise = _user("Éloïse");

		ModelListenerException modelListenerException =
			Assertions.assertThrows(
				ModelListenerException.class,
				() -> _passwordTicketModelListener.onBeforeCreate(
					_ticket(TicketConstants.TYPE_PASSWORD, eloise)));

		Assertions.assertTrue(
			modelListenerException.getMessage(
			).contains(
				"a pupil's password is reset by an administrator or a " +
					"teacher of their class"
			),
			modelListenerException.getMessage());
		Assertions.assertTrue(
			modelListenerException.getMessage(
			).contains(
				eloise.getScreenName()
			));

		_passwordTicketModelListener.onBeforeCreate(
			_ticket(TicketConstants.TYPE_EMAIL_ADDRESS, eloise));
	}

	@Test
	public void givenAnAdultThatPreauSuspended_thenTheirPasswordTicketIsRefusedEvenWhileTheirUserIsActive() {
		User claire = _user("Claire");

		_portalAccountsServices.getSuspensionService(
		).suspend(
			_portalImports.actor(), claire.getScreenName(), "exclusion", null
		);

		claire.setStatus(WorkflowConstants.STATUS_APPROVED);

		Assertions.assertThrows(
			ModelListenerException.class,
			() -> _passwordTicketModelListener.onBeforeCreate(
				_ticket(TicketConstants.TYPE_PASSWORD, claire)));

		_portalAccountsServices.getSuspensionService(
		).reactivate(
			_portalImports.actor(), claire.getScreenName(), "retour"
		);

		_passwordTicketModelListener.onBeforeCreate(
			_ticket(TicketConstants.TYPE_PASSWORD, claire));
	}

	private static Ticket _ticket(int type, User user) {
		return Fakes.model(
			Ticket.class,
			Fakes.properties(
				"className", User.class.getName(), "classPK",
				user.getUserId(), "companyId", FakePortal.COMPANY_ID, "type",
				type));
	}

	private void _inject(String name, Object value)
		throws ReflectiveOperationException {

		Field field = PasswordTicketModelListener.class.getDeclaredField(name);

		field.setAccessible(true);
		field.set(_passwordTicketModelListener, value);
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

	private FakePortal _fakePortal;
	private final PasswordTicketModelListener _passwordTicketModelListener =
		new PasswordTicketModelListener();
	private PortalAccountsServices _portalAccountsServices;
	private PortalImports _portalImports;
	private final FakeAccountsTables _tables = new FakeAccountsTables();

	@TempDir
	Path _tempDir;

}
