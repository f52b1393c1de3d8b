package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.upload.UploadPortletRequest;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletRequest;
import javax.portlet.RenderParameters;
import javax.portlet.RenderURL;
import javax.portlet.ResourceParameters;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.imports.job.ImportJob;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.portlet.PortletPages;
import org.preau.liferay.web.internal.test.FakeAccountsTables;
import org.preau.liferay.web.internal.test.FakePortal;
import org.preau.liferay.web.internal.test.FakeRightsTables;
import org.preau.liferay.web.internal.test.Fakes;
import org.preau.liferay.web.internal.test.PortalImports;
import org.preau.web.http.WebResponse;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every MVC action and resource command of the bundle, found in the component descriptions the portal reads
 * (OSGI-INF), sent a well-formed form of the collège by two users who may not act on it: one without any of the
 * portlets' permissions, as a teacher or a pupil is, and one who holds them but administers no school. The first is
 * refused by the portal's permission before anything runs; the second gets the core's refusal (403) or nothing to
 * download; for both, nothing of the portal instance nor of Préau's tables changes, and no action is audited as a
 * success. A command added later is covered as soon as it is declared.
 */
public class PortletCommandsSecurityTest {

	@BeforeEach
	public void setUp() throws Exception {
		_portalImports = new PortalImports(_tempDir);

		_portalImports.install();

		_importJob = _portalImports.importFeed(
			"eleves.csv", PortalImports.PUPILS);

		_fakePortal = _portalImports.fakePortal();

		_preauPortalServices = _portalImports.preauPortalServices();

		_inject(
			_preauPortalServices, "_companyIdSupplier",
			(LongSupplier)() -> FakePortal.COMPANY_ID);

		_companyServices(
			"_portalAccountsServices",
			_accountsTables.portalAccountsServices(
				_fakePortal, Clock.systemUTC()));
		_companyServices(
			"_portalRightsServices",
			_rightsTables.portalRightsServices(_fakePortal));
	}

	@AfterEach
	public void tearDown() {
		_portalImports.uninstall();
	}

	@Test
	public void givenEveryCommandOfTheBundle_whenSentByAUserWhoAdministersNoSchool_thenRefusedAndNothingChanges()
		throws Exception {

		List<Command> commands = _commands();

		List<String> problems = new ArrayList<>();

		for (Command command : commands) {
			for (boolean permitted : new boolean[] {false, true}) {
				String who = permitted ?
					"a holder of the portlet permissions who administers no " +
						"school" :
							"a user without the portlet permissions";

				String before = _state();

				String outcome;

				try {
					outcome = _send(command, permitted);
				}
				catch (PrincipalException principalException) {
					outcome = null;
				}

				if (!permitted && (outcome != null)) {
					problems.add(
						command + " by " + who + " was not refused by the " +
							"portal's permission but answered " + outcome);
				}

				if (permitted && (outcome != null) &&
					!outcome.equals("status " + WebResponse.FORBIDDEN) &&
					!outcome.equals("status " + WebResponse.NOT_FOUND)) {

					problems.add(
						command + " by " + who + " answered " + outcome);
				}

				if (!before.equals(_state())) {
					problems.add(command + " by " + who + " changed something");
				}
			}
		}

		Assertions.assertTrue(
			problems.isEmpty(), String.join("\n", problems));
	}

	@Test
	public void givenTheComponentDescriptions_thenEveryCommandClassOfTheBundleIsDeclaredAndEnumerated()
		throws Exception {

		List<String> declared = new ArrayList<>();

		for (Command command : _commands()) {
			declared.add(command.implementation.getName());
		}

		Path actionFolder = _classesFolder().resolve(
			PortletCommandsSecurityTest.class.getPackageName(
			).replace(
				'.', '/'
			));

		List<String> classes = new ArrayList<>();

		try (Stream<Path> files = Files.list(actionFolder)) {
			for (Path file :
					files.sorted(
					).collect(
						Collectors.toList()
					)) {

				String name = file.getFileName(
				).toString();

				if (!name.endsWith(".class") || name.contains("$")) {
					continue;
				}

				Class<?> type = Class.forName(
					PortletCommandsSecurityTest.class.getPackageName() + "." +
						name.substring(0, name.length() - 6));

				if (!Modifier.isAbstract(
						type.getModifiers()) &&
					(MVCActionCommand.class.isAssignableFrom(type) ||
					 MVCResourceCommand.class.isAssignableFrom(type))) {

					classes.add(type.getName());
				}
			}
		}

		Assertions.assertFalse(classes.isEmpty());
		Assertions.assertEquals(
			classes.stream(
			).sorted(
			).collect(
				Collectors.toList()
			),
			declared.stream(
			).sorted(
			).collect(
				Collectors.toList()
			));
	}

	private static Path _classesFolder() throws URISyntaxException {
		return Paths.get(
			PreauPortalServices.class.getProtectionDomain(
			).getCodeSource(
			).getLocation(
			).toURI());
	}

	/**
	 * The MVC commands that the bundle's component descriptions declare, as the portal registers them.
	 */
	private static List<Command> _commands() throws Exception {
		DocumentBuilderFactory documentBuilderFactory =
			DocumentBuilderFactory.newInstance();

		documentBuilderFactory.setFeature(
			"http://apache.org/xml/features/disallow-doctype-decl", true);
		documentBuilderFactory.setFeature(
			XMLConstants.FEATURE_SECURE_PROCESSING, true);
		documentBuilderFactory.setNamespaceAware(true);

		List<Command> commands = new ArrayList<>();

		try (Stream<Path> files = Files.list(
				_classesFolder().resolve("OSGI-INF"))) {

			for (Path file :
					files.filter(
						path -> path.toString(
						).endsWith(
							".xml"
						)
					).sorted(
					).collect(
						Collectors.toList()
					)) {

				Document document = documentBuilderFactory.newDocumentBuilder(
				).parse(
					file.toFile()
				);

				String kind = null;

				NodeList provides = document.getElementsByTagName("provide");

				for (int i = 0; i < provides.getLength(); i++) {
					String type = ((Element)provides.item(
						i
					)).getAttribute(
						"interface"
					);

					if (type.equals(MVCActionCommand.class.getName()) ||
						type.equals(MVCResourceCommand.class.getName())) {

						kind = type;
					}
				}

				if (kind == null) {
					continue;
				}

				Map<String, String> properties = new TreeMap<>();
				NodeList propertyElements = document.getElementsByTagName(
					"property");

				for (int i = 0; i < propertyElements.getLength(); i++) {
					Element element = (Element)propertyElements.item(i);

					properties.put(
						element.getAttribute("name"),
						element.getAttribute("value"));
				}

				Element implementation =
					(Element)document.getElementsByTagName(
						"implementation"
					).item(
						0
					);

				commands.add(
					new Command(
						Class.forName(implementation.getAttribute("class")),
						properties.get("mvc.command.name"),
						properties.get("javax.portlet.name"),
						kind.equals(MVCResourceCommand.class.getName())));
			}
		}

		return commands;
	}

	private static Object _get(Object object, String name)
		throws ReflectiveOperationException {

		Field field = object.getClass(
		).getDeclaredField(
			name
		);

		field.setAccessible(true);

		return field.get(object);
	}

	private static void _inject(Object object, String name, Object value)
		throws ReflectiveOperationException {

		for (Class<?> type = object.getClass(); type != null;
			 type = type.getSuperclass()) {

			try {
				Field field = type.getDeclaredField(name);

				field.setAccessible(true);
				field.set(object, value);

				return;
			}
			catch (NoSuchFieldException noSuchFieldException) {
			}
		}

		throw new NoSuchFieldException(name);
	}

	private static Object _invoke(
			Object object, String name, Object... arguments)
		throws Exception {

		for (Class<?> type = object.getClass(); type != null;
			 type = type.getSuperclass()) {

			for (Method method : type.getDeclaredMethods()) {
				if (method.getName().equals(name) &&
					(method.getParameterCount() == arguments.length)) {

					method.setAccessible(true);

					try {
						return method.invoke(object, arguments);
					}
					catch (InvocationTargetException
								invocationTargetException) {

						Throwable cause = invocationTargetException.getCause();

						if (cause instanceof Exception) {
							throw (Exception)cause;
						}

						throw invocationTargetException;
					}
				}
			}
		}

		throw new NoSuchMethodException(name);
	}

	private void _companyServices(String fieldName, Object services)
		throws ReflectiveOperationException {

		@SuppressWarnings("unchecked")
		Map<Long, Object> servicesByCompany = (Map<Long, Object>)_get(
			_preauPortalServices, fieldName);

		servicesByCompany.put(FakePortal.COMPANY_ID, services);
	}

	/**
	 * A form that each command would take as a change of the collège, were its sender allowed: the fields of every
	 * form, with a pupil's login and the two pupils as the people a merge would make one, and the operation each page
	 * expects.
	 */
	private Map<String, String[]> _form(String route, String csvFile) {
		Map<String, String[]> form = new HashMap<>();

		for (String[] field :
				new String[][] {
					{"absorbed", "1002"}, {"action", "merge"},
					{"allowed", "true"}, {"apply", "true"},
					{"cell", "social-worker|sanctions|consult"},
					{"class", "6A"}, {"csrfToken", _CSRF_TOKEN},
					{"days", "30"}, {"email", "invite@example.org"},
					{"expires", "2030-06-30"}, {"firstName", "Ada"},
					{"kind", "guest"}, {"lastName", "Lovelace"},
					{"layout", "page"},
					{"operation", "close"}, {"profile", "pupil"},
					{"reason", "security test"}, {"scope", "all-pupils"},
					{"service", "cahier-de-textes"}, {"source", "upload"},
					{"sponsor", "dane.admin"}, {"step", "apply"},
					{"survivor", "1001"},
					{"targets", "0310002B"}, {"until", "2030-01-01"},
					{"uai", PortalImports.UAI.value()}
				}) {

			form.put(field[0], new String[] {field[1]});
		}

		form.put("file", new String[] {csvFile});
		form.put("login", new String[] {_screenName("Léo")});

		if ("/rights/delegations".equals(route)) {
			form.put("operation", new String[] {"local-administrator"});
		}

		return form;
	}

	private Object _instance(Command command) throws Exception {
		Object instance = command.implementation.getDeclaredConstructor(
		).newInstance();

		_inject(instance, "_preauPortalServices", _preauPortalServices);

		try {
			_inject(
				instance, "_csrfTokens",
				(Function<PortletRequest, String>)
					portletRequest -> _CSRF_TOKEN);
		}
		catch (NoSuchFieldException noSuchFieldException) {
		}

		try {
			_inject(instance, "_portal", _portal());
		}
		catch (NoSuchFieldException noSuchFieldException) {
		}

		return instance;
	}

	private PermissionChecker _permissionChecker(boolean permitted) {
		User user = _portalImports.user();

		return Fakes.service(
			PermissionChecker.class,
			Map.of(
				"getUserId", arguments -> user.getUserId(), "hasPermission",
				arguments -> permitted, "isOmniadmin", arguments -> false));
	}

	/**
	 * The portal's upload of the imports form: the pupils' feed of the collège, as an administrator would send it.
	 */
	private Portal _portal() throws Exception {
		Path feed = Files.createTempDirectory(
			_tempDir, "upload"
		).resolve(
			"eleves.csv"
		);

		Files.write(feed, PortalImports.PUPILS.getBytes(StandardCharsets.UTF_8));

		Map<String, String[]> form = _form("/imports", feed.toString());

		UploadPortletRequest uploadPortletRequest = Fakes.service(
			UploadPortletRequest.class,
			Map.of(
				"getFileNames", arguments -> new String[] {"eleves.csv"},
				"getFiles", arguments -> new File[] {feed.toFile()},
				"getParameterMap", arguments -> form));

		return Fakes.service(
			Portal.class,
			Map.of(
				"getUploadPortletRequest",
				arguments -> uploadPortletRequest));
	}

	private String _screenName(String firstName) {
		for (User user :
				_fakePortal.users(
				).values()) {

			if (firstName.equals(user.getFirstName())) {
				return user.getScreenName();
			}
		}

		throw new IllegalStateException("no user " + firstName);
	}

	/**
	 * Sends the command a form of the collège as a user who administers no school.
	 *
	 * @return how it answered: a page's status, a redirect, or what a resource wrote
	 */
	private String _send(Command command, boolean permitted) throws Exception {
		Object instance = _instance(command);

		ThemeDisplay themeDisplay = _themeDisplay(permitted);

		Map<String, String[]> form = _form(command.name, "");
		Map<String, Object> attributes = new HashMap<>();

		attributes.put(WebKeys.THEME_DISPLAY, themeDisplay);

		if (command.resource) {
			form.put("id", new String[] {_importJob.id()});

			ResourceParameters resourceParameters = Fakes.service(
				ResourceParameters.class,
				Map.of(
					"getValue",
					arguments -> form.containsKey(arguments[0]) ?
						form.get(arguments[0])[0] : null,
					"getValues", arguments -> form.get(arguments[0])));
			RenderParameters renderParameters = Fakes.service(
				RenderParameters.class, Map.of("getValues", arguments -> null));

			ResourceRequest resourceRequest = Fakes.service(
				ResourceRequest.class,
				Map.of(
					"getAttribute", arguments -> attributes.get(arguments[0]),
					"getContextPath", arguments -> "/o/preau-web", "getMethod",
					arguments -> "POST", "getRenderParameters",
					arguments -> renderParameters, "getResourceID",
					arguments -> command.name, "getResourceParameters",
					arguments -> resourceParameters));

			ByteArrayOutputStream outputStream = new ByteArrayOutputStream();
			StringWriter stringWriter = new StringWriter();
			Map<String, String> properties = new HashMap<>();

			Map<String, Function<Object[], Object>> answers = new HashMap<>();

			MutableRenderParameters urlParameters = Fakes.service(
				MutableRenderParameters.class,
				Map.of("setValue", arguments -> null));

			answers.put(
				"createRenderURL",
				arguments -> Fakes.service(
					RenderURL.class,
					Map.of(
						"getRenderParameters", arguments2 -> urlParameters,
						"toString", arguments2 -> "/render")));
			answers.put("getPortletOutputStream", arguments -> outputStream);
			answers.put("getWriter", arguments -> new PrintWriter(stringWriter));
			answers.put("setCharacterEncoding", arguments -> null);
			answers.put("setContentType", arguments -> null);
			answers.put(
				"setProperty",
				arguments -> properties.put(
					(String)arguments[0], (String)arguments[1]));

			_invoke(
				instance, "doServeResource", resourceRequest,
				Fakes.service(ResourceResponse.class, answers));

			String status = properties.get(ResourceResponse.HTTP_STATUS_CODE);

			if (status != null) {
				return "status " + status;
			}

			return "a download of " +
				(outputStream.size() + stringWriter.toString().length()) +
					" bytes";
		}

		ActionParameters actionParameters = Fakes.service(
			ActionParameters.class,
			Map.of("getValues", arguments -> form.get(arguments[0])));
		RenderParameters requestRenderParameters = Fakes.service(
			RenderParameters.class, Map.of("getValues", arguments -> null));

		ActionRequest actionRequest = Fakes.service(
			ActionRequest.class,
			Map.of(
				"getActionParameters", arguments -> actionParameters,
				"getAttribute", arguments -> attributes.get(arguments[0]),
				"getMethod", arguments -> "POST", "getRenderParameters",
				arguments -> requestRenderParameters, "setAttribute",
				arguments -> attributes.put(
					(String)arguments[0], arguments[1])));

		Map<String, String> renderParameters = new HashMap<>();

		MutableRenderParameters mutableRenderParameters = Fakes.service(
			MutableRenderParameters.class,
			Map.of(
				"setValue",
				arguments -> renderParameters.put(
					(String)arguments[0], (String)arguments[1])));

		_invoke(
			instance, "doProcessAction", actionRequest,
			Fakes.service(
				ActionResponse.class,
				Map.of(
					"getRenderParameters",
					arguments -> mutableRenderParameters)));

		WebResponse webResponse = (WebResponse)attributes.get(
			PortletPages.ACTION_RESPONSE);

		if (webResponse == null) {
			return "a redirect to " + renderParameters;
		}

		return "status " + webResponse.status();
	}

	/**
	 * What a command could change: the portal's users and its writes, Préau's tables, background tasks, and the
	 * actions audited as done.
	 */
	private String _state() {
		StringBuilder sb = new StringBuilder();

		_fakePortal.users(
		).values(
		).stream(
		).sorted(
			Comparator.comparingLong(User::getUserId)
		).forEach(
			user -> sb.append(
				user.getScreenName()
			).append(
				' '
			).append(
				user.getStatus()
			).append(
				' '
			).append(
				user.getPassword()
			).append(
				' '
			).append(
				user.isPasswordReset()
			).append(
				'\n'
			)
		);

		sb.append(
			"writes "
		).append(
			_fakePortal.writes()
		).append(
			'\n'
		);

		for (List<?> rows :
				List.of(
					_accountsTables.accountCodes(),
					_accountsTables.accountSuspensions(),
					_accountsTables.codeDistributions(),
					_accountsTables.guestAccounts(),
					_fakePortal.directoryMergedKeys(),
					_fakePortal.directoryMerges(),
					_rightsTables.messagingRules(),
					_rightsTables.rightsHistoryEntries(),
					_rightsTables.rightsRules(),
					_rightsTables.schoolDelegations(),
					_portalImports.fakeBackgroundTasks().backgroundTasks(),
					_fakePortal.importRuns())) {

			sb.append(
				rows.size()
			).append(
				' '
			).append(
				rows
			).append(
				'\n'
			);
		}

		sb.append(
			"successes "
		).append(
			_fakePortal.auditEvents(
			).stream(
			).filter(
				auditEvent -> "SUCCESS".equals(auditEvent.getOutcome())
			).count()
		);

		return sb.toString();
	}

	private ThemeDisplay _themeDisplay(boolean permitted) {
		ThemeDisplay themeDisplay = new ThemeDisplay();

		themeDisplay.setLocale(Locale.FRANCE);
		themeDisplay.setPermissionChecker(_permissionChecker(permitted));
		themeDisplay.setPortalURL("https://ent.example.fr");
		themeDisplay.setScopeGroupId(20L);
		themeDisplay.setTimeZone(TimeZone.getTimeZone("Europe/Paris"));
		themeDisplay.setUser(_portalImports.user());

		return themeDisplay;
	}

	private static final String _CSRF_TOKEN = "token-of-the-session";

	private final FakeAccountsTables _accountsTables = new FakeAccountsTables();
	private FakePortal _fakePortal;
	private ImportJob _importJob;
	private PortalImports _portalImports;
	private PreauPortalServices _preauPortalServices;
	private final FakeRightsTables _rightsTables = new FakeRightsTables();

	@TempDir
	Path _tempDir;

	private static final class Command {

		@Override
		public String toString() {
			return implementation.getSimpleName() + " (" + portletName + " " +
				name + ")";
		}

		private Command(
			Class<?> implementation, String name, String portletName,
			boolean resource) {

			this.implementation = implementation;
			this.name = name;
			this.portletName = portletName;
			this.resource = resource;
		}

		private final Class<?> implementation;
		private final String name;
		private final String portletName;
		private final boolean resource;

	}

}
