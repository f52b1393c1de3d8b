package org.preau.liferay.web.internal.portlet.action;

import com.liferay.mail.kernel.model.MailMessage;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.Authenticator;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.function.LongSupplier;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.RenderParameters;
import javax.portlet.ResourceParameters;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.model.GuestKind;
import org.preau.liferay.web.constants.PreauActionKeys;
import org.preau.liferay.web.constants.PreauRoleConstants;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.OrganizationUais;
import org.preau.liferay.web.internal.adapter.PortalAccountsServices;
import org.preau.liferay.web.internal.portlet.PortletPages;
import org.preau.liferay.web.internal.security.SignInGateAuthenticator;
import org.preau.liferay.web.internal.test.FakeAccountsTables;
import org.preau.liferay.web.internal.test.FakeMail;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.Fakes;
import org.preau.liferay.web.internal.test.PortalImports;
import org.preau.web.accounts.AccountRoutes;
import org.preau.web.http.WebResponse;

/**
 * The accounts portlet's commands over the portal host's services, a portal instance in memory into which the
 * collège's pupils were imported, and Préau's account tables in memory.
 */
public class AccountsCommandsTest {

	@BeforeEach
	public void setUp() throws Exception {
		_portalImports = new PortalImports(_tempDir);

		_portalImports.install();

		_portalImports.importFeed("eleves.csv", PortalImports.PUPILS);

		_fakePortal = _portalImports.fakePortal();

		_preauPortalServices = _portalImports.preauPortalServices();

		_inject(
			_preauPortalServices, "_companyIdSupplier",
			(LongSupplier)() -> FakePortal.COMPANY_ID);

		Field field = PreauPortalServices.class.getDeclaredField(
			"_portalAccountsServices");

		field.setAccessible(true);

		@SuppressWarnings("unchecked")
		Map<Long, PortalAccountsServices> portalAccountsServicesByCompany =
			(Map<Long, PortalAccountsServices>)field.get(_preauPortalServices);

		_portalAccountsServicesByCompany = portalAccountsServicesByCompany;

		_portalAccountsServicesByCompany.put(
			FakePortal.COMPANY_ID, _portalAccountsServices(Clock.systemUTC()));
	}

	@AfterEach
	public void tearDown() {
		_portalImports.uninstall();
	}

	@Test
	public void givenAnAdministratorWhoPrintsTheCodesOfAClass_thenTheyDownloadAPageForEachPupilWithTheLoginAndTheCodeThatIsNowThePasswordToChange()
		throws Exception {

		User eloise = _user("Éloïse");
		User leo = _user("Léo");
		Map<String, String> properties = new HashMap<>();
		ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

		_print(
			true, "POST", _CSRF_TOKEN,
			_fields(
				"class", "6A", "csrfToken", _CSRF_TOKEN, "format", "pdf",
				"profile", "pupil", "uai", PortalImports.UAI.value()),
			properties, outputStream);

		Assertions.assertEquals(
			"attachment; filename=\"codes-0310001A-pupil-6A.pdf\"",
			properties.get("Content-Disposition"));
		Assertions.assertNotNull(eloise.getPassword());
		Assertions.assertTrue(eloise.isPasswordReset());
		Assertions.assertNull(leo.getPassword());

		try (PDDocument pdDocument = Loader.loadPDF(
				outputStream.toByteArray())) {

			Assertions.assertEquals(1, pdDocument.getNumberOfPages());

			String text = new PDFTextStripper().getText(pdDocument);

			Assertions.assertTrue(
				text.contains(eloise.getScreenName()), text);
			Assertions.assertTrue(text.contains(eloise.getPassword()), text);
		}

		Assertions.assertEquals(1, _tables.accountCodes().size());
	}

	@Test
	public void givenAnAdministratorWhoPrintsTheCodesOfTheSchoolsPupils_thenTheSheetsHaveOnePagePerPupil()
		throws Exception {

		ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

		_print(
			true, "POST", _CSRF_TOKEN,
			_fields(
				"csrfToken", _CSRF_TOKEN, "profile", "pupil", "uai",
				PortalImports.UAI.value()),
			new HashMap<>(), outputStream);

		try (PDDocument pdDocument = Loader.loadPDF(
				outputStream.toByteArray())) {

			Assertions.assertEquals(2, pdDocument.getNumberOfPages());

			PDFTextStripper pdfTextStripper = new PDFTextStripper();

			for (int page = 1; page <= 2; page++) {
				pdfTextStripper.setStartPage(page);
				pdfTextStripper.setEndPage(page);

				String text = pdfTextStripper.getText(pdDocument);
				User user = _user(page == 1 ? "Éloïse" : "Léo");

				if (!text.contains(user.getScreenName())) {
					user = _user(page == 1 ? "Léo" : "Éloïse");
				}

				Assertions.assertTrue(
					text.contains(user.getScreenName()), text);
				Assertions.assertTrue(text.contains(user.getPassword()), text);
				Assertions.assertTrue(user.isPasswordReset());
			}
		}
	}

	@Test
	public void givenAUserWithoutTheAccountsPermissionOrAFormWithoutTheSessionsToken_whenTheyPrintCodes_thenTheyGetNothingAndNothingChanges() {
		User eloise = _user("Éloïse");

		for (Object[] attempt :
				List.of(
					new Object[] {false, "POST", _CSRF_TOKEN},
					new Object[] {true, "POST", "forged"},
					new Object[] {true, "GET", _CSRF_TOKEN})) {

			ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

			Assertions.assertThrows(
				PrincipalException.class,
				() -> _print(
					(Boolean)attempt[0], (String)attempt[1], _CSRF_TOKEN,
					_fields(
						"class", "6A", "csrfToken", (String)attempt[2],
						"profile", "pupil", "uai", PortalImports.UAI.value()),
					new HashMap<>(), outputStream));

			Assertions.assertEquals(0, outputStream.size());
		}

		Assertions.assertNull(eloise.getPassword());
		Assertions.assertFalse(eloise.isPasswordReset());
		Assertions.assertEquals(List.of(), _tables.accountCodes());
	}

	@Test
	public void givenAnAdministratorWhoCreatesAGuest_thenTheSecretPageShowsTheCodeOfANewActiveUserOfTheSchoolWithTheGuestRoleWhoseFirstPasswordItIs()
		throws Exception {

		Map<String, Object> attributes = new HashMap<>();

		_submit(
			new CreateGuestMVCActionCommand(), true,
			_guestFields("Claire", "Fontaine", _today().plusDays(30)),
			new HashMap<>(), attributes);

		WebResponse webResponse = (WebResponse)attributes.get(
			PortletPages.ACTION_RESPONSE);

		User user = _fakePortal.user("claire.fontaine");

		Assertions.assertNotNull(user, String.valueOf(webResponse.model()));
		Assertions.assertEquals("Claire", user.getFirstName());
		Assertions.assertEquals("Fontaine", user.getLastName());
		Assertions.assertEquals("claire@example.org", user.getEmailAddress());
		Assertions.assertEquals(
			WorkflowConstants.STATUS_APPROVED, user.getStatus());
		Assertions.assertEquals(
			Set.of(_organizationId()),
			_fakePortal.organizationIds(user.getUserId()));
		Assertions.assertEquals(
			Set.of(PreauRoleConstants.GUEST),
			_fakePortal.roleNames(user.getUserId()));
		Assertions.assertNotNull(user.getPassword());
		Assertions.assertTrue(user.isPasswordReset());
		Assertions.assertEquals(
			user.getPassword(),
			webResponse.model(
			).get(
				"secret"
			));
		Assertions.assertEquals(
			"claire.fontaine",
			webResponse.model(
			).get(
				"login"
			));
		Assertions.assertEquals(1, _tables.accountCodes().size());

		List<Guest> guests = _portalAccountsServicesByCompany.get(
			FakePortal.COMPANY_ID
		).getGuestService(
		).list(
			_portalImports.actor(), PortalImports.UAI
		);

		Assertions.assertEquals(1, guests.size());

		Guest guest = guests.get(0);

		Assertions.assertEquals("claire.fontaine", guest.login());
		Assertions.assertEquals(GuestKind.PARTNER, guest.kind());
		Assertions.assertEquals(_today().plusDays(30), guest.expiresOn());
		Assertions.assertEquals("dane.admin", guest.sponsor());

		_submit(
			new CreateGuestMVCActionCommand(), true,
			_guestFields("Claire", "Fontaine", _today().plusDays(30)),
			new HashMap<>(), new HashMap<>());

		User homonym = _fakePortal.user("claire.fontaine2");

		Assertions.assertNotNull(homonym);
		Assertions.assertEquals("", homonym.getEmailAddress());
		Assertions.assertEquals(
			Set.of(PreauRoleConstants.GUEST),
			_fakePortal.roleNames(homonym.getUserId()));
	}

	@Test
	public void givenAGuestCreatedThroughThePortletWhoseExpiryDayCame_thenTheirSignInIsRefusedThoughTheirUserIsStillActive()
		throws Exception {

		_submit(
			new CreateGuestMVCActionCommand(), true,
			_guestFields("Claire", "Fontaine", _today().plusDays(1)),
			new HashMap<>(), new HashMap<>());

		User user = _fakePortal.user("claire.fontaine");

		SignInGateAuthenticator signInGateAuthenticator =
			new SignInGateAuthenticator();

		_inject(
			signInGateAuthenticator, "_preauPortalServices",
			_preauPortalServices);
		_inject(
			signInGateAuthenticator, "_userLocalService",
			_fakePortal.userLocalService());

		Assertions.assertEquals(
			Authenticator.SUCCESS,
			signInGateAuthenticator.authenticateByScreenName(
				FakePortal.COMPANY_ID, "claire.fontaine", "secret", Map.of(),
				Map.of()));

		_portalAccountsServicesByCompany.put(
			FakePortal.COMPANY_ID,
			_portalAccountsServices(
				Clock.offset(Clock.systemUTC(), Duration.ofDays(2))));

		Assertions.assertEquals(
			WorkflowConstants.STATUS_APPROVED, user.getStatus());
		Assertions.assertEquals(
			Authenticator.FAILURE,
			signInGateAuthenticator.authenticateByScreenName(
				FakePortal.COMPANY_ID, "claire.fontaine", "secret", Map.of(),
				Map.of()));
		Assertions.assertEquals(
			Authenticator.FAILURE,
			signInGateAuthenticator.authenticateByUserId(
				FakePortal.COMPANY_ID, user.getUserId(), "secret", Map.of(),
				Map.of()));
	}

	@Test
	public void givenATeacherOrAUserWithoutTheAccountsPermission_whenTheyCreateAGuest_thenNoUserNorGuestIsMade()
		throws Exception {

		Assertions.assertThrows(
			PrincipalException.MustHavePermission.class,
			() -> _submit(
				new CreateGuestMVCActionCommand(), false,
				_guestFields("Claire", "Fontaine", _today().plusDays(30)),
				new HashMap<>(), new HashMap<>()));

		User teacher = _fakePortal.addUser("paul.prof");

		teacher.setCompanyId(FakePortal.COMPANY_ID);

		ThemeDisplay themeDisplay = _themeDisplay(true);

		themeDisplay.setPermissionChecker(
			Fakes.service(
				PermissionChecker.class,
				Map.of(
					"getUserId", arguments -> teacher.getUserId(),
					"hasPermission", arguments -> true, "isOmniadmin",
					arguments -> false)));
		themeDisplay.setUser(teacher);

		Map<String, Object> attributes = new HashMap<>();

		_submit(
			new CreateGuestMVCActionCommand(), themeDisplay,
			_guestFields("Claire", "Fontaine", _today().plusDays(30)),
			new HashMap<>(), attributes);

		WebResponse webResponse = (WebResponse)attributes.get(
			PortletPages.ACTION_RESPONSE);

		Assertions.assertEquals(403, webResponse.status());
		Assertions.assertNull(_fakePortal.user("claire.fontaine"));
		Assertions.assertEquals(List.of(), _tables.guestAccounts());
		Assertions.assertEquals(List.of(), _tables.accountCodes());
		Assertions.assertEquals(
			"DENIED",
			_fakePortal.auditEvents(
			).get(
				0
			).getOutcome());
	}

	@Test
	public void givenAnAdministratorWhoResetsAPupil_thenTheSecretPageShowsTheCodeWhichIsTheirPasswordToChange()
		throws Exception {

		User leo = _user("Léo");
		Map<String, Object> attributes = new HashMap<>();

		_submit(
			new ResetPasswordMVCActionCommand(), true,
			_fields(
				"login", leo.getScreenName(), "uai",
				PortalImports.UAI.value()),
			new HashMap<>(), attributes);

		WebResponse webResponse = (WebResponse)attributes.get(
			PortletPages.ACTION_RESPONSE);

		Assertions.assertNotNull(leo.getPassword());
		Assertions.assertTrue(leo.isPasswordReset());
		Assertions.assertTrue(
			webResponse.model(
			).containsValue(
				leo.getPassword()
			),
			String.valueOf(webResponse.model()));
		Assertions.assertEquals(1, _tables.accountCodes().size());
	}

	@Test
	public void givenAnAdministratorWhoSuspendsAPupil_thenTheirUserIsDeactivated()
		throws Exception {

		User leo = _user("Léo");

		_submit(
			new SuspendAccountsMVCActionCommand(), true,
			_fields(
				"login", leo.getScreenName(), "reason", "exclusion", "uai",
				PortalImports.UAI.value()),
			new HashMap<>(), new HashMap<>());

		Assertions.assertEquals(
			WorkflowConstants.STATUS_INACTIVE, leo.getStatus());
		Assertions.assertEquals(1, _tables.accountSuspensions().size());
	}

	@Test
	public void givenAPupilSuspendedThroughThePortletWhoseUserAnImportMadeActiveAgain_thenTheirSignInIsStillRefused()
		throws Exception {

		User eloise = _user("Éloïse");
		User leo = _user("Léo");

		_submit(
			new SuspendAccountsMVCActionCommand(), true,
			_fields(
				"login", leo.getScreenName(), "reason", "exclusion", "uai",
				PortalImports.UAI.value()),
			new HashMap<>(), new HashMap<>());

		leo.setStatus(WorkflowConstants.STATUS_APPROVED);

		SignInGateAuthenticator signInGateAuthenticator =
			new SignInGateAuthenticator();

		_inject(
			signInGateAuthenticator, "_preauPortalServices",
			_preauPortalServices);
		_inject(
			signInGateAuthenticator, "_userLocalService",
			_fakePortal.userLocalService());

		Assertions.assertEquals(
			Authenticator.FAILURE,
			signInGateAuthenticator.authenticateByScreenName(
				FakePortal.COMPANY_ID, leo.getScreenName(), "secret",
				Map.of(), Map.of()));
		Assertions.assertEquals(
			Authenticator.FAILURE,
			signInGateAuthenticator.authenticateByUserId(
				FakePortal.COMPANY_ID, leo.getUserId(), "secret", Map.of(),
				Map.of()));
		Assertions.assertEquals(
			Authenticator.SUCCESS,
			signInGateAuthenticator.authenticateByScreenName(
				FakePortal.COMPANY_ID, eloise.getScreenName(), "secret",
				Map.of(), Map.of()));
		Assertions.assertEquals(
			Authenticator.SUCCESS,
			signInGateAuthenticator.authenticateByScreenName(
				FakePortal.COMPANY_ID, "nobody", "secret", Map.of(),
				Map.of()));
	}

	@Test
	public void givenAUserWithoutTheAccountsPermission_whenTheySuspendOrReset_thenTheActionIsRefusedAndNothingChanges() {
		User leo = _user("Léo");

		for (BaseAccountsMVCActionCommand baseAccountsMVCActionCommand :
				List.of(
					new ResetPasswordMVCActionCommand(),
					new SuspendAccountsMVCActionCommand())) {

			PrincipalException.MustHavePermission mustHavePermission =
				Assertions.assertThrows(
					PrincipalException.MustHavePermission.class,
					() -> _submit(
						baseAccountsMVCActionCommand, false,
						_fields(
							"login", leo.getScreenName(), "reason",
							"exclusion", "uai", PortalImports.UAI.value()),
						new HashMap<>(), new HashMap<>()));

			Assertions.assertTrue(
				mustHavePermission.getMessage(
				).contains(
					PreauActionKeys.MANAGE_ACCOUNTS
				),
				mustHavePermission.getMessage());
		}

		Assertions.assertEquals(
			WorkflowConstants.STATUS_APPROVED, leo.getStatus());
		Assertions.assertNull(leo.getPassword());
		Assertions.assertEquals(List.of(), _tables.accountSuspensions());
		Assertions.assertEquals(List.of(), _tables.accountCodes());
	}

	@Test
	public void givenAnAdministratorWhoMailsTheParentsCodes_thenEachParentWithAnAddressGetsTheirLoginAndTheCodeThatIsNowTheirPasswordToChange()
		throws Exception {

		_importParents();

		User claire = _user("Claire");
		User moussa = _user("Moussa");
		Map<String, String> renderParameters = new HashMap<>();

		_submit(
			new MailCredentialsMVCActionCommand(), true,
			_fields("profile", "parent", "uai", PortalImports.UAI.value()),
			renderParameters, new HashMap<>());

		Assertions.assertEquals("mailed", renderParameters.get("done"));
		Assertions.assertEquals("1", renderParameters.get("count"));
		Assertions.assertEquals("1", renderParameters.get("without"));
		Assertions.assertEquals(1, _fakeMail.messages().size());

		MailMessage mailMessage = _fakeMail.messages(
		).get(
			0
		);

		Assertions.assertEquals(
			"claire.lefevre@example.org",
			mailMessage.getTo()[0].getAddress());
		Assertions.assertTrue(
			mailMessage.getBody(
			).contains(
				claire.getScreenName()
			));
		Assertions.assertNotNull(claire.getPassword());
		Assertions.assertTrue(
			mailMessage.getBody(
			).contains(
				claire.getPassword()
			));
		Assertions.assertTrue(claire.isPasswordReset());
		Assertions.assertNull(moussa.getPassword());
	}

	@Test
	public void givenAUserWithoutTheAccountsPermission_whenTheyMailTheParentsCodes_thenNothingIsSentAndNoPasswordChanges()
		throws Exception {

		_importParents();

		Assertions.assertThrows(
			PrincipalException.MustHavePermission.class,
			() -> _submit(
				new MailCredentialsMVCActionCommand(), false,
				_fields("profile", "parent", "uai", PortalImports.UAI.value()),
				new HashMap<>(), new HashMap<>()));

		Assertions.assertEquals(List.of(), _fakeMail.messages());
		Assertions.assertNull(
			_user(
				"Claire"
			).getPassword());
		Assertions.assertEquals(List.of(), _tables.accountCodes());
	}

	private static Map<String, String[]> _fields(String... namesAndValues) {
		Map<String, String[]> fields = new HashMap<>();

		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], new String[] {namesAndValues[i + 1]});
		}

		return fields;
	}

	private static Map<String, String[]> _guestFields(
		String firstName, String lastName, LocalDate until) {

		return _fields(
			"email", "claire@example.org", "firstName", firstName, "kind",
			"partner", "lastName", lastName, "uai", PortalImports.UAI.value(),
			"until", until.toString());
	}

	private static void _inject(Object object, String name, Object value)
		throws ReflectiveOperationException {

		Field field = object.getClass(
		).getDeclaredField(
			name
		);

		field.setAccessible(true);
		field.set(object, value);
	}

	private void _importParents() throws Exception {
		_portalImports.importFeed("parents.csv", PortalImports.PARENTS);
	}

	private long _organizationId() {
		return new OrganizationUais(
			_fakePortal.expandoValueLocalService()
		).organizationId(
			FakePortal.COMPANY_ID, PortalImports.UAI
		).get();
	}

	private PortalAccountsServices _portalAccountsServices(Clock clock) {
		return _tables.portalAccountsServices(
			_fakePortal, _fakeMail, () -> _fakeMail.preauConfiguration(""),
			clock);
	}

	private void _print(
			boolean permitted, String method, String sessionToken,
			Map<String, String[]> parameters, Map<String, String> properties,
			ByteArrayOutputStream outputStream)
		throws Exception {

		PrintCredentialsMVCResourceCommand printCredentialsMVCResourceCommand =
			new PrintCredentialsMVCResourceCommand();

		_inject(
			printCredentialsMVCResourceCommand, "_preauPortalServices",
			_preauPortalServices);
		_inject(
			printCredentialsMVCResourceCommand, "_csrfTokens",
			(Function<Object, String>)portletRequest -> sessionToken);

		ThemeDisplay themeDisplay = _themeDisplay(permitted);

		ResourceParameters resourceParameters = Fakes.service(
			ResourceParameters.class,
			Map.of(
				"getValue",
				arguments -> parameters.containsKey(arguments[0]) ?
					parameters.get(arguments[0])[0] : null,
				"getValues", arguments -> parameters.get(arguments[0])));
		RenderParameters renderParameters = Fakes.service(
			RenderParameters.class, Map.of("getValues", arguments -> null));

		ResourceRequest resourceRequest = Fakes.service(
			ResourceRequest.class,
			Map.of(
				"getAttribute",
				arguments -> WebKeys.THEME_DISPLAY.equals(arguments[0]) ?
					themeDisplay : null,
				"getContextPath", arguments -> "/o/preau-web", "getMethod",
				arguments -> method, "getRenderParameters",
				arguments -> renderParameters, "getResourceID",
				arguments -> AccountRoutes.CREDENTIALS, "getResourceParameters",
				arguments -> resourceParameters));

		Map<String, Function<Object[], Object>> answers = new HashMap<>();

		answers.put("getPortletOutputStream", arguments -> outputStream);
		answers.put("setContentType", arguments -> null);
		answers.put(
			"setProperty",
			arguments -> properties.put(
				(String)arguments[0], (String)arguments[1]));

		printCredentialsMVCResourceCommand.doServeResource(
			resourceRequest, Fakes.service(ResourceResponse.class, answers));
	}

	private void _submit(
			BaseAccountsMVCActionCommand baseAccountsMVCActionCommand,
			boolean permitted, Map<String, String[]> parameters,
			Map<String, String> renderParameters,
			Map<String, Object> attributes)
		throws Exception {

		_submit(
			baseAccountsMVCActionCommand, _themeDisplay(permitted), parameters,
			renderParameters, attributes);
	}

	private void _submit(
			BaseAccountsMVCActionCommand baseAccountsMVCActionCommand,
			ThemeDisplay themeDisplay, Map<String, String[]> parameters,
			Map<String, String> renderParameters,
			Map<String, Object> attributes)
		throws Exception {

		_inject(
			baseAccountsMVCActionCommand, "_preauPortalServices",
			_preauPortalServices);

		ActionParameters actionParameters = Fakes.service(
			ActionParameters.class,
			Map.of("getValues", arguments -> parameters.get(arguments[0])));
		RenderParameters requestRenderParameters = Fakes.service(
			RenderParameters.class, Map.of("getValues", arguments -> null));

		ActionRequest actionRequest = Fakes.service(
			ActionRequest.class,
			Map.of(
				"getActionParameters", arguments -> actionParameters,
				"getAttribute",
				arguments -> WebKeys.THEME_DISPLAY.equals(arguments[0]) ?
					themeDisplay : attributes.get(arguments[0]),
				"getMethod", arguments -> "POST", "getRenderParameters",
				arguments -> requestRenderParameters, "setAttribute",
				arguments -> attributes.put(
					(String)arguments[0], arguments[1])));

		MutableRenderParameters mutableRenderParameters = Fakes.service(
			MutableRenderParameters.class,
			Map.of(
				"setValue",
				arguments -> renderParameters.put(
					(String)arguments[0], (String)arguments[1])));

		ActionResponse actionResponse = Fakes.service(
			ActionResponse.class,
			Map.of("getRenderParameters", arguments -> mutableRenderParameters));

		baseAccountsMVCActionCommand.doProcessAction(
			actionRequest, actionResponse);
	}

	private ThemeDisplay _themeDisplay(boolean permitted) {
		ThemeDisplay themeDisplay = new ThemeDisplay();

		PermissionChecker permissionChecker = _portalImports.permissionChecker(
			permitted);

		themeDisplay.setLocale(Locale.FRANCE);
		themeDisplay.setPermissionChecker(permissionChecker);
		themeDisplay.setPortalURL("https://ent.example.fr");
		themeDisplay.setScopeGroupId(20L);
		themeDisplay.setTimeZone(TimeZone.getTimeZone("Europe/Paris"));
		themeDisplay.setUser(_portalImports.user());

		return themeDisplay;
	}

	private static LocalDate _today() {
		return LocalDate.now(ZoneOffset.UTC);
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

	private static final String _CSRF_TOKEN = "token-of-the-session";

	private final FakeMail _fakeMail = new FakeMail(
		"ent@college-curie.example.fr");
	private FakePortal _fakePortal;
	private Map<Long, PortalAccountsServices> _portalAccountsServicesByCompany;
	private PortalImports _portalImports;
	private PreauPortalServices _preauPortalServices;
	private final FakeAccountsTables _tables = new FakeAccountsTables();

	@TempDir
	Path _tempDir;

}
