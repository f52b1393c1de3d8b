package org.preau.liferay.web.internal.portlet;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.function.LongSupplier;

import javax.portlet.ActionURL;
import javax.portlet.MutableActionParameters;
import javax.portlet.MutableRenderParameters;
import javax.portlet.MutableResourceParameters;
import javax.portlet.RenderParameters;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.RenderURL;
import javax.portlet.ResourceParameters;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;
import javax.portlet.ResourceURL;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.liferay.model.AuditEvent;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.PortalAccountsServices;
import org.preau.liferay.web.internal.adapter.PortalRightsServices;
import org.preau.liferay.web.internal.test.FakeAccountsTables;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.FakeRightsTables;
import org.preau.liferay.web.internal.test.Fakes;
import org.preau.liferay.web.internal.test.PortalImports;
import org.preau.web.http.CsvWriter;
import org.preau.web.http.Routes;
import org.preau.web.http.WebResponse;
import org.preau.web.rights.RightsRoutes;

/**
 * The directory portlet over the portal host's services and a portal instance in memory into which a collège's
 * pupils were imported: the card it renders, and the CSV export it serves as a resource.
 */
public class DirectoryPortletTest {

	@BeforeEach
	public void setUp() throws Exception {
		_portalImports = new PortalImports(_tempDir);

		_portalImports.install();

		_portalImports.importFeed("eleves.csv", PortalImports.PUPILS);

		_directoryPortlet = new DirectoryPortlet();

		_inject(
			_directoryPortlet, "_portal",
			Fakes.service(
				Portal.class,
				Map.of(
					"getHttpServletRequest",
					arguments -> Fakes.service(
						HttpServletRequest.class,
						Map.of("getAttribute", getArguments -> null)))));
		PreauPortalServices preauPortalServices =
			_portalImports.preauPortalServices();

		_inject(
			preauPortalServices, "_companyIdSupplier",
			(LongSupplier)() -> FakePortal.COMPANY_ID);
		_instanceServices(
			preauPortalServices, "_portalAccountsServices"
		).put(
			FakePortal.COMPANY_ID, _portalAccountsServices()
		);
		_instanceServices(
			preauPortalServices, "_portalRightsServices"
		).put(
			FakePortal.COMPANY_ID, _portalRightsServices()
		);

		_inject(_directoryPortlet, "_preauPortalServices", preauPortalServices);

		_directoryPortlet.activate();

		// The portal's CSRF tokens come from an OSGi service, which a unit test lacks; a resource request needs none

		_inject(
			_directoryPortlet, "_portletPages",
			new PortletPages(
				_portalImports.preauPortalServices(
				).getPortalActors(),
				Set.of(Routes.DIRECTORY_EXPORT), portletRequest -> "token"));
	}

	@AfterEach
	public void tearDown() {
		_portalImports.uninstall();
	}

	@Test
	public void givenAnAdministrator_whenTheExportIsAsked_thenEveryPersonFoundIsSentAsCsv()
		throws Exception {

		Map<String, String> properties = new HashMap<>();
		ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

		String contentType = _serveResource(
			_themeDisplay(_portalImports.user(), true),
			Map.of("uai", "0310001A", "profile", "pupil", "page", "1"),
			properties, outputStream);

		Assertions.assertEquals(CsvWriter.CONTENT_TYPE, contentType);
		Assertions.assertEquals(
			"attachment; filename=\"directory-0310001A.csv\"",
			properties.get("Content-Disposition"));

		String csv = outputStream.toString(StandardCharsets.UTF_8);

		String[] lines = csv.split("\r\n");

		Assertions.assertEquals('\uFEFF', csv.charAt(0));
		Assertions.assertTrue(lines[0].startsWith("\uFEFFIdentifiant;Nom;Prénom;"), lines[0]);
		Assertions.assertEquals(3, lines.length, csv);
		Assertions.assertTrue(
			lines[1].startsWith("eloise.lefevre;Lefèvre;Éloïse;"), lines[1]);
		Assertions.assertTrue(
			lines[2].startsWith("leo.ndiaye;N'Diaye;Léo;"), lines[2]);

		AuditEvent auditEvent = _portalImports.fakePortal(
		).auditEvents(
		).get(
			0
		);

		Assertions.assertEquals("directory.export", auditEvent.getAction());
		Assertions.assertEquals("SUCCESS", auditEvent.getOutcome());
	}

	@Test
	public void givenAUserWhoAdministersNothing_whenTheExportOrACardIsAsked_thenNothingIsShown()
		throws Exception {

		User pupil = _portalImports.fakePortal(
		).user(
			"eloise.lefevre"
		);

		Map<String, String> properties = new HashMap<>();
		ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

		String contentType = _serveResource(
			_themeDisplay(pupil, false), Map.of("uai", "0310001A"), properties,
			outputStream);

		Assertions.assertEquals(
			String.valueOf(WebResponse.FORBIDDEN),
			properties.get(ResourceResponse.HTTP_STATUS_CODE));
		Assertions.assertEquals("text/html", contentType);
		Assertions.assertFalse(
			outputStream.toString(
				StandardCharsets.UTF_8
			).contains(
				"N'Diaye"
			));

		String html = _render(
			_themeDisplay(pupil, false),
			Map.of("route", Routes.DIRECTORY_CARD, "id", "1002"));

		Assertions.assertFalse(html.contains("N'Diaye"), html);
		Assertions.assertFalse(html.contains("leo.ndiaye"), html);
	}

	@Test
	public void givenAnAdministrator_whenACardIsAsked_thenThePersonTheirLoginTheirServicesWithTheExplainerAndTheirAccountAreShown()
		throws Exception {

		String html = _render(
			_themeDisplay(_portalImports.user(), true),
			Map.of("route", Routes.DIRECTORY_CARD, "id", "1002"));

		Assertions.assertTrue(html.contains("N&#39;Diaye"), html);
		Assertions.assertTrue(html.contains("leo.ndiaye"), html);
		Assertions.assertTrue(html.contains("6B"), html);
		Assertions.assertTrue(
			html.contains("<tr data-service=\"cahier-de-textes\">"), html);
		Assertions.assertFalse(
			html.contains("<tr data-service=\"vie-de-l-eleve\">"), html);
		Assertions.assertTrue(
			html.contains(
				"render{route=/explain, login=leo.ndiaye, " +
					"service=cahier-de-textes, action=consult}"),
			html);
		Assertions.assertTrue(html.contains("Peut se connecter"), html);

		String explanation = _render(
			_themeDisplay(_portalImports.user(), true),
			Map.of(
				"route", RightsRoutes.EXPLAIN, "login", "leo.ndiaye", "service",
				"cahier-de-textes", "action", "consult"));

		Assertions.assertTrue(
			explanation.contains("data-allowed=\"true\""), explanation);
	}

	@Test
	public void givenTheExportRoute_whenRenderedAsAPage_thenItIsNotFound()
		throws Exception {

		String html = _render(
			_themeDisplay(_portalImports.user(), true),
			Map.of("route", Routes.DIRECTORY_EXPORT, "uai", "0310001A"));

		Assertions.assertFalse(html.contains("leo.ndiaye"), html);
		Assertions.assertTrue(html.contains("404"), html);
	}

	private static void _inject(Object object, String name, Object value)
		throws Exception {

		Field field = object.getClass(
		).getDeclaredField(
			name
		);

		field.setAccessible(true);
		field.set(object, value);
	}

	/**
	 * The services that the wiring component keeps per portal instance, to which the test gives this instance's.
	 */
	@SuppressWarnings("unchecked")
	private static Map<Long, Object> _instanceServices(
			PreauPortalServices preauPortalServices, String name)
		throws Exception {

		Field field = PreauPortalServices.class.getDeclaredField(name);

		field.setAccessible(true);

		return (Map<Long, Object>)field.get(preauPortalServices);
	}

	/**
	 * The URLs a portlet response creates, each showing its kind and parameters.
	 */
	private Map<String, Function<Object[], Object>> _mimeResponseAnswers() {
		Map<String, Function<Object[], Object>> answers = new HashMap<>();

		answers.put(
			"createActionURL",
			arguments -> {
				Map<String, String> values = new LinkedHashMap<>();

				MutableActionParameters mutableActionParameters =
					Fakes.service(
						MutableActionParameters.class,
						Map.of(
							"setValue",
							setArguments -> values.put(
								(String)setArguments[0],
								(String)setArguments[1])));

				return Fakes.service(
					ActionURL.class,
					Map.of(
						"getActionParameters",
						getArguments -> mutableActionParameters, "toString",
						getArguments -> "action" + values));
			});
		answers.put(
			"createRenderURL",
			arguments -> {
				Map<String, String> values = new LinkedHashMap<>();

				MutableRenderParameters mutableRenderParameters =
					Fakes.service(
						MutableRenderParameters.class,
						Map.of(
							"setValue",
							setArguments -> values.put(
								(String)setArguments[0],
								(String)setArguments[1])));

				return Fakes.service(
					RenderURL.class,
					Map.of(
						"getRenderParameters",
						getArguments -> mutableRenderParameters, "toString",
						getArguments -> "render" + values));
			});
		answers.put(
			"createResourceURL",
			arguments -> {
				Map<String, String> values = new LinkedHashMap<>();

				MutableResourceParameters mutableResourceParameters =
					Fakes.service(
						MutableResourceParameters.class,
						Map.of(
							"setValue",
							setArguments -> values.put(
								(String)setArguments[0],
								(String)setArguments[1])));

				return Fakes.service(
					ResourceURL.class,
					Map.of(
						"getResourceParameters",
						getArguments -> mutableResourceParameters,
						"setResourceID",
						setArguments -> values.put(
							"resourceID", (String)setArguments[0]),
						"toString", getArguments -> "resource" + values));
			});

		return answers;
	}

	private PortalAccountsServices _portalAccountsServices() {
		FakePortal fakePortal = _portalImports.fakePortal();

		return _accountsTables.portalAccountsServices(
			fakePortal, Clock.systemUTC());
	}

	private PortalRightsServices _portalRightsServices() {
		FakePortal fakePortal = _portalImports.fakePortal();

		return _rightsTables.portalRightsServices(fakePortal);
	}

	private String _render(
			ThemeDisplay themeDisplay, Map<String, String> parameters)
		throws Exception {

		RenderParameters renderParameters = Fakes.service(
			RenderParameters.class,
			Map.of(
				"getValues",
				arguments -> parameters.containsKey(arguments[0]) ?
					new String[] {parameters.get(arguments[0])} : null));

		RenderRequest renderRequest = Fakes.service(
			RenderRequest.class,
			Map.of(
				"getAttribute",
				arguments -> WebKeys.THEME_DISPLAY.equals(arguments[0]) ?
					themeDisplay : null,
				"getContextPath", arguments -> "/o/preau-web",
				"getRenderParameters", arguments -> renderParameters));

		StringWriter stringWriter = new StringWriter();
		PrintWriter printWriter = new PrintWriter(stringWriter);

		Map<String, Function<Object[], Object>> answers =
			_mimeResponseAnswers();

		answers.put("getWriter", arguments -> printWriter);

		_directoryPortlet.doView(
			renderRequest, Fakes.service(RenderResponse.class, answers));

		printWriter.flush();

		return stringWriter.toString();
	}

	private String _serveResource(
			ThemeDisplay themeDisplay, Map<String, String> parameters,
			Map<String, String> properties, ByteArrayOutputStream outputStream)
		throws Exception {

		ResourceParameters resourceParameters = Fakes.service(
			ResourceParameters.class,
			Map.of(
				"getValues",
				arguments -> parameters.containsKey(arguments[0]) ?
					new String[] {parameters.get(arguments[0])} : null));
		RenderParameters renderParameters = Fakes.service(
			RenderParameters.class, Map.of("getValues", arguments -> null));

		ResourceRequest resourceRequest = Fakes.service(
			ResourceRequest.class,
			Map.of(
				"getAttribute",
				arguments -> WebKeys.THEME_DISPLAY.equals(arguments[0]) ?
					themeDisplay : null,
				"getContextPath", arguments -> "/o/preau-web", "getMethod",
				arguments -> "GET", "getRenderParameters",
				arguments -> renderParameters, "getResourceID",
				arguments -> Routes.DIRECTORY_EXPORT, "getResourceParameters",
				arguments -> resourceParameters));

		String[] contentType = new String[1];
		PrintWriter printWriter = new PrintWriter(
			outputStream, true, StandardCharsets.UTF_8);

		Map<String, Function<Object[], Object>> answers =
			_mimeResponseAnswers();

		answers.put("getPortletOutputStream", arguments -> outputStream);
		answers.put("getWriter", arguments -> printWriter);
		answers.put("setCharacterEncoding", arguments -> null);
		answers.put(
			"setContentType",
			arguments -> {
				contentType[0] = (String)arguments[0];

				return null;
			});
		answers.put(
			"setProperty",
			arguments -> properties.put(
				(String)arguments[0], (String)arguments[1]));

		_directoryPortlet.serveResource(
			resourceRequest, Fakes.service(ResourceResponse.class, answers));

		printWriter.flush();

		return contentType[0];
	}

	private ThemeDisplay _themeDisplay(User user, boolean administrator) {
		ThemeDisplay themeDisplay = new ThemeDisplay();

		PermissionChecker permissionChecker = Fakes.service(
			PermissionChecker.class,
			Map.of(
				"getUserId", arguments -> user.getUserId(), "hasPermission",
				arguments -> administrator, "isOmniadmin",
				arguments -> administrator));

		themeDisplay.setLocale(Locale.FRANCE);
		themeDisplay.setPermissionChecker(permissionChecker);
		themeDisplay.setScopeGroupId(20L);
		themeDisplay.setTimeZone(TimeZone.getTimeZone("Europe/Paris"));
		themeDisplay.setUser(user);

		return themeDisplay;
	}

	private final FakeAccountsTables _accountsTables = new FakeAccountsTables();
	private DirectoryPortlet _directoryPortlet;
	private PortalImports _portalImports;
	private final FakeRightsTables _rightsTables = new FakeRightsTables();

	@TempDir
	Path _tempDir;

}
