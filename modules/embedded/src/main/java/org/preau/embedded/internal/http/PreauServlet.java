package org.preau.embedded.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.preau.core.accounts.model.PasswordPolicy;
import org.preau.core.accounts.model.PasswordRefusedException;
import org.preau.core.accounts.port.in.ActivateAccount;
import org.preau.core.accounts.port.in.Authenticate;
import org.preau.core.accounts.port.in.RequestPasswordReset;
import org.preau.core.security.Actor;
import org.preau.embedded.internal.security.LoginThrottle;
import org.preau.web.http.Controller;
import org.preau.web.http.Routes;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.i18n.Messages;
import org.preau.web.imports.ImportRoutes;
import org.preau.web.view.ErrorPages;
import org.preau.web.view.PageRenderer;

/**
 * Serves the shared pages in the embedded runtime: sign-in with a session, a CSRF token checked on every POST, the
 * shared controllers for the signed-in user, and the shared static files.
 */
public class PreauServlet extends HttpServlet {

	public PreauServlet(
		Authenticate authenticate, ActivateAccount activateAccount,
		RequestPasswordReset requestPasswordReset,
		PasswordPolicy passwordPolicy, Map<String, Controller> controllers,
		Set<String> postRoutes, PageRenderer pageRenderer, LoginThrottle loginThrottle,
		JsonReports jsonReports, SecureRandom secureRandom,
		int sessionTimeoutMinutes) {

		_authenticate = authenticate;
		_activateAccount = activateAccount;
		_requestPasswordReset = requestPasswordReset;
		_passwordPolicy = passwordPolicy;
		_controllers = Map.copyOf(controllers);
		_postRoutes = Set.copyOf(postRoutes);
		_pageRenderer = pageRenderer;
		_loginThrottle = loginThrottle;
		_jsonReports = jsonReports;
		_secureRandom = secureRandom;
		_sessionTimeoutMinutes = sessionTimeoutMinutes;
	}

	@Override
	protected void service(
			HttpServletRequest httpServletRequest,
			HttpServletResponse httpServletResponse)
		throws IOException {

		httpServletRequest.setCharacterEncoding("UTF-8");

		_setSecurityHeaders(httpServletResponse);

		String method = httpServletRequest.getMethod();

		if (!method.equals("GET") && !method.equals("POST") &&
			!method.equals("HEAD")) {

			httpServletResponse.setHeader("Allow", "GET, HEAD, POST");
			httpServletResponse.sendError(
				HttpServletResponse.SC_METHOD_NOT_ALLOWED);

			return;
		}

		String path = _path(httpServletRequest);

		if (path.startsWith(ServletUrls.STATIC_PATH)) {
			_serveStatic(
				path.substring(ServletUrls.STATIC_PATH.length()),
				httpServletResponse);

			return;
		}

		HttpSession httpSession = httpServletRequest.getSession(true);

		httpSession.setMaxInactiveInterval(_sessionTimeoutMinutes * 60);

		_updateLocale(httpServletRequest, httpSession);

		if (method.equals("POST") &&
			!_hasValidCsrfToken(httpServletRequest, httpSession)) {

			_render(
				httpServletRequest, httpServletResponse, httpSession,
				ErrorPages.page(
					WebResponse.FORBIDDEN,
					"the-form-has-expired-please-try-again"));

			return;
		}

		Actor actor = (Actor)httpSession.getAttribute(_ACTOR);

		if (path.equals("/") || path.isEmpty()) {
			httpServletResponse.sendRedirect(
				_url(
					httpServletRequest,
					(actor == null) ? Routes.LOGIN : Routes.HOME));

			return;
		}

		if (path.equals(Routes.LOGIN)) {
			_login(httpServletRequest, httpServletResponse, httpSession);

			return;
		}

		if (path.equals(Routes.ACTIVATE)) {
			_activate(httpServletRequest, httpServletResponse, httpSession);

			return;
		}

		if (path.equals(Routes.PASSWORD_RESET)) {
			_passwordReset(
				httpServletRequest, httpServletResponse, httpSession);

			return;
		}

		if (path.equals(Routes.PASSWORD_RESET_CHOOSE) && method.equals("GET")) {
			_passwordResetChoose(
				httpServletRequest, httpServletResponse, httpSession);

			return;
		}

		if (path.equals(Routes.LOGOUT) && method.equals("POST")) {
			httpSession.invalidate();

			_seeOther(
				httpServletResponse, _url(httpServletRequest, Routes.LOGIN));

			return;
		}

		if (path.equals(ImportRoutes.REPORT) && !method.equals("POST")) {
			_serveReport(
				httpServletRequest, httpServletResponse, httpSession, actor);

			return;
		}

		Controller controller = _controllers.get(path);

		if ((controller == null) ||
			(method.equals("POST") && !_postRoutes.contains(path))) {
			_render(
				httpServletRequest, httpServletResponse, httpSession,
				ErrorPages.page(WebResponse.NOT_FOUND, "the-page-was-not-found"));

			return;
		}

		if (actor == null) {
			httpServletResponse.sendRedirect(
				_url(httpServletRequest, Routes.LOGIN));

			return;
		}

		try (Uploads uploads = new Uploads(httpServletRequest)) {
			WebResponse webResponse;

			try {
				webResponse = controller.handle(
					_webRequest(httpServletRequest, httpSession, uploads));
			}
			catch (IllegalArgumentException illegalArgumentException) {
				webResponse = ErrorPages.page(
					WebResponse.UNPROCESSABLE,
					"the-files-were-refused-nothing-was-imported-x",
					illegalArgumentException.getMessage());
			}

			_render(
				httpServletRequest, httpServletResponse, httpSession,
				webResponse);
		}
	}

	private static String _newToken(SecureRandom secureRandom) {
		byte[] bytes = new byte[32];

		secureRandom.nextBytes(bytes);

		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private String _csrfToken(HttpSession httpSession) {
		String token = (String)httpSession.getAttribute(_CSRF_TOKEN);

		if (token == null) {
			token = _newToken(_secureRandom);

			httpSession.setAttribute(_CSRF_TOKEN, token);
		}

		return token;
	}

	private boolean _hasValidCsrfToken(
		HttpServletRequest httpServletRequest, HttpSession httpSession) {

		String expected = (String)httpSession.getAttribute(_CSRF_TOKEN);
		String actual = httpServletRequest.getParameter("csrfToken");

		return (expected != null) && (actual != null) &&
			MessageDigest.isEqual(
				expected.getBytes(StandardCharsets.UTF_8),
				actual.getBytes(StandardCharsets.UTF_8));
	}

	private void _login(
			HttpServletRequest httpServletRequest,
			HttpServletResponse httpServletResponse, HttpSession httpSession)
		throws IOException {

		if (!httpServletRequest.getMethod().equals("POST")) {
			if (httpSession.getAttribute(_ACTOR) != null) {
				httpServletResponse.sendRedirect(
					_url(httpServletRequest, Routes.HOME));

				return;
			}

			_render(
				httpServletRequest, httpServletResponse, httpSession,
				WebResponse.view(_LOGIN_TEMPLATE, Map.of()));

			return;
		}

		String login = Optional.ofNullable(
			httpServletRequest.getParameter("login")
		).map(
			value -> value.trim().toLowerCase(Locale.ROOT)
		).orElse(
			""
		);
		String password = httpServletRequest.getParameter("password");

		Map<String, Object> model = new HashMap<>();

		model.put("login", login);

		if (_loginThrottle.isLocked(login)) {
			model.put("errorKey", "too-many-attempts-please-wait");

			_render(
				httpServletRequest, httpServletResponse, httpSession,
				WebResponse.view(429, _LOGIN_TEMPLATE, model));

			return;
		}

		char[] secret = (password == null) ? new char[0] :
			password.toCharArray();

		Optional<Actor> actor = _authenticate.authenticate(login, secret);

		if (actor.isEmpty()) {

			// The password field also takes the printed activation code or initial password

			ActivateAccount.CodeCheck codeCheck = _activateAccount.check(
				login, secret);

			if (codeCheck.mustChoosePassword()) {
				_loginThrottle.recordSuccess(login);

				httpSession.setAttribute(
					_PENDING_ACTIVATION, new PendingActivation(login, secret));

				_seeOther(
					httpServletResponse,
					_url(httpServletRequest, Routes.ACTIVATE));

				return;
			}

			actor = codeCheck.actor();
		}

		if (actor.isEmpty()) {
			_loginThrottle.recordFailure(login);

			model.put("errorKey", "the-login-or-password-is-wrong");

			_render(
				httpServletRequest, httpServletResponse, httpSession,
				WebResponse.view(401, _LOGIN_TEMPLATE, model));

			return;
		}

		_loginThrottle.recordSuccess(login);

		_signIn(
			httpServletRequest, httpServletResponse, httpSession, actor.get());
	}

	/**
	 * Chooses a password for an account whose activation code was just typed on the sign-in page. The code waits in
	 * the session, never in a page, until the password is accepted or the session ends.
	 */
	private void _activate(
			HttpServletRequest httpServletRequest,
			HttpServletResponse httpServletResponse, HttpSession httpSession)
		throws IOException {

		PendingActivation pendingActivation =
			(PendingActivation)httpSession.getAttribute(_PENDING_ACTIVATION);

		if (pendingActivation == null) {
			Map<String, Object> model = new HashMap<>();

			model.put("errorKey", "the-activation-has-expired-sign-in-again");

			_render(
				httpServletRequest, httpServletResponse, httpSession,
				WebResponse.view(_LOGIN_TEMPLATE, model));

			return;
		}

		Map<String, Object> model = new HashMap<>();

		model.put("login", pendingActivation._login);
		model.put("minClasses", _passwordPolicy.minClasses());
		model.put("minLength", _passwordPolicy.minLength());

		if (!httpServletRequest.getMethod().equals("POST")) {
			_render(
				httpServletRequest, httpServletResponse, httpSession,
				WebResponse.view(_ACTIVATE_TEMPLATE, model));

			return;
		}

		String password = httpServletRequest.getParameter("password");
		String confirmation = httpServletRequest.getParameter("confirmation");

		if ((password == null) || !password.equals(confirmation)) {
			model.put("errorKey", "the-passwords-differ");

			_render(
				httpServletRequest, httpServletResponse, httpSession,
				WebResponse.view(
					WebResponse.UNPROCESSABLE, _ACTIVATE_TEMPLATE, model));

			return;
		}

		Optional<Actor> actor;

		try {
			actor = _activateAccount.activate(
				pendingActivation._login, pendingActivation._code,
				password.toCharArray());
		}
		catch (PasswordRefusedException passwordRefusedException) {
			model.put(
				"errorKey",
				_VIOLATION_KEYS.get(passwordRefusedException.violation()));

			_render(
				httpServletRequest, httpServletResponse, httpSession,
				WebResponse.view(
					WebResponse.UNPROCESSABLE, _ACTIVATE_TEMPLATE, model));

			return;
		}

		httpSession.removeAttribute(_PENDING_ACTIVATION);

		if (actor.isEmpty()) {
			model.put("errorKey", "the-activation-has-expired-sign-in-again");

			_render(
				httpServletRequest, httpServletResponse, httpSession,
				WebResponse.view(401, _LOGIN_TEMPLATE, model));

			return;
		}

		_signIn(
			httpServletRequest, httpServletResponse, httpSession, actor.get());
	}

	/**
	 * Asks for a reset link by login; the answer is the same whether or not a link was mailed.
	 */
	private void _passwordReset(
			HttpServletRequest httpServletRequest,
			HttpServletResponse httpServletResponse, HttpSession httpSession)
		throws IOException {

		Map<String, Object> model = new HashMap<>();

		if (httpServletRequest.getMethod().equals("POST")) {
			String login = Optional.ofNullable(
				httpServletRequest.getParameter("login")
			).map(
				value -> value.trim().toLowerCase(Locale.ROOT)
			).orElse(
				""
			);

			if (_loginThrottle.isLocked(login)) {
				model.put("messageKey", "too-many-attempts-please-wait");

				_render(
					httpServletRequest, httpServletResponse, httpSession,
					WebResponse.view(429, _PASSWORD_RESET_TEMPLATE, model));

				return;
			}

			_loginThrottle.recordFailure(login);

			_requestPasswordReset.requestReset(login);

			model.put(
				"messageKey", "if-an-adult-account-matches-a-link-was-mailed");
		}

		_render(
			httpServletRequest, httpServletResponse, httpSession,
			WebResponse.view(_PASSWORD_RESET_TEMPLATE, model));
	}

	/**
	 * Opens the link of a reset mail: a valid token leads to choosing a password, as an activation code does.
	 */
	private void _passwordResetChoose(
			HttpServletRequest httpServletRequest,
			HttpServletResponse httpServletResponse, HttpSession httpSession)
		throws IOException {

		String login = Optional.ofNullable(
			httpServletRequest.getParameter("login")
		).orElse(
			""
		);
		String token = Optional.ofNullable(
			httpServletRequest.getParameter("token")
		).orElse(
			""
		);

		if (_loginThrottle.isLocked(login) ||
			!_activateAccount.check(
				login, token.toCharArray()
			).mustChoosePassword()) {

			_loginThrottle.recordFailure(login);

			Map<String, Object> model = new HashMap<>();

			model.put("messageKey", "the-reset-link-is-not-valid");

			_render(
				httpServletRequest, httpServletResponse, httpSession,
				WebResponse.view(
					WebResponse.NOT_FOUND, _PASSWORD_RESET_TEMPLATE, model));

			return;
		}

		httpSession.setAttribute(
			_PENDING_ACTIVATION,
			new PendingActivation(login, token.toCharArray()));

		httpServletResponse.sendRedirect(
			_url(httpServletRequest, Routes.ACTIVATE));
	}

	private String _path(HttpServletRequest httpServletRequest) {
		String servletPath = httpServletRequest.getServletPath();
		String pathInfo = httpServletRequest.getPathInfo();

		String path = ((servletPath == null) ? "" : servletPath) +
			((pathInfo == null) ? "" : pathInfo);

		return path;
	}

	private void _render(
			HttpServletRequest httpServletRequest,
			HttpServletResponse httpServletResponse, HttpSession httpSession,
			WebResponse webResponse)
		throws IOException {

		if (webResponse.redirectLocation().isPresent()) {
			_seeOther(
				httpServletResponse, webResponse.redirectLocation().get());

			return;
		}

		if (webResponse.file().isPresent()) {
			_sendFile(
				httpServletRequest, httpServletResponse, webResponse.file().get());

			return;
		}

		WebRequest webRequest = _webRequest(
			httpServletRequest, httpSession, null);

		StringWriter stringWriter = new StringWriter();

		_pageRenderer.render(webRequest, webResponse, false, stringWriter);

		byte[] bytes = stringWriter.toString().getBytes(StandardCharsets.UTF_8);

		httpServletResponse.setStatus(webResponse.status());
		httpServletResponse.setContentType("text/html;charset=UTF-8");
		httpServletResponse.setHeader("Cache-Control", "no-store");
		httpServletResponse.setContentLength(bytes.length);

		if (!httpServletRequest.getMethod().equals("HEAD")) {
			try (OutputStream outputStream =
					httpServletResponse.getOutputStream()) {

				outputStream.write(bytes);
			}
		}
	}

	/**
	 * Starts a new session for the actor, so that a session id planted before signing in is worth nothing after.
	 */
	private void _signIn(
		HttpServletRequest httpServletRequest,
		HttpServletResponse httpServletResponse, HttpSession httpSession,
		Actor actor) {

		Locale locale = (Locale)httpSession.getAttribute(_LOCALE);

		httpSession.invalidate();

		HttpSession newSession = httpServletRequest.getSession(true);

		newSession.setMaxInactiveInterval(_sessionTimeoutMinutes * 60);
		newSession.setAttribute(_ACTOR, actor);
		newSession.setAttribute(_CSRF_TOKEN, _newToken(_secureRandom));

		if (locale != null) {
			newSession.setAttribute(_LOCALE, locale);
		}

		_seeOther(httpServletResponse, _url(httpServletRequest, Routes.HOME));
	}

	/**
	 * Answers a POST with 303, so that the browser follows with a GET and a reload does not post the form again.
	 */
	private void _seeOther(
		HttpServletResponse httpServletResponse, String location) {

		httpServletResponse.setStatus(HttpServletResponse.SC_SEE_OTHER);
		httpServletResponse.setHeader("Location", location);
	}

	/**
	 * Sends a file made for this response only, such as credential sheets: never cached, always downloaded.
	 */
	private void _sendFile(
			HttpServletRequest httpServletRequest,
			HttpServletResponse httpServletResponse, WebResponse.File file)
		throws IOException {

		httpServletResponse.setStatus(HttpServletResponse.SC_OK);
		httpServletResponse.setContentType(file.contentType());
		httpServletResponse.setHeader("Cache-Control", "no-store");
		httpServletResponse.setHeader(
			"Content-Disposition",
			"attachment; filename=\"" + file.fileName() + "\"");
		httpServletResponse.setContentLength(file.content().length);

		if (!httpServletRequest.getMethod().equals("HEAD")) {
			try (OutputStream outputStream =
					httpServletResponse.getOutputStream()) {

				outputStream.write(file.content());
			}
		}
	}

	/**
	 * Serves a finished job's JSON report to a signed-in user who administers its establishment; any other request
	 * finds nothing, so that a job id tells nothing to whoever guesses it.
	 */
	private void _serveReport(
			HttpServletRequest httpServletRequest,
			HttpServletResponse httpServletResponse, HttpSession httpSession,
			Actor actor)
		throws IOException {

		if (actor == null) {
			httpServletResponse.sendRedirect(
				_url(httpServletRequest, Routes.LOGIN));

			return;
		}

		String id = httpServletRequest.getParameter("id");

		Optional<Path> reportFile = (id == null) ? Optional.empty() :
			_jsonReports.reportFile(actor, id);

		if (reportFile.isEmpty()) {
			_render(
				httpServletRequest, httpServletResponse, httpSession,
				ErrorPages.page(WebResponse.NOT_FOUND, "the-page-was-not-found"));

			return;
		}

		httpServletResponse.setContentType("application/json;charset=UTF-8");
		httpServletResponse.setHeader("Cache-Control", "no-store");
		httpServletResponse.setHeader(
			"Content-Disposition", "inline; filename=\"report.json\"");
		httpServletResponse.setContentLengthLong(Files.size(reportFile.get()));

		if (!httpServletRequest.getMethod().equals("HEAD")) {
			try (OutputStream outputStream =
					httpServletResponse.getOutputStream()) {

				Files.copy(reportFile.get(), outputStream);
			}
		}
	}

	private void _serveStatic(
			String name, HttpServletResponse httpServletResponse)
		throws IOException {

		if (!_STATIC_NAME.matcher(name).matches()) {
			httpServletResponse.sendError(HttpServletResponse.SC_NOT_FOUND);

			return;
		}

		try (InputStream inputStream =
				PageRenderer.class.getClassLoader().getResourceAsStream(
					"org/preau/web/static/" + name)) {

			if (inputStream == null) {
				httpServletResponse.sendError(HttpServletResponse.SC_NOT_FOUND);

				return;
			}

			httpServletResponse.setContentType(_contentType(name));
			httpServletResponse.setHeader("Cache-Control", "max-age=3600");

			inputStream.transferTo(httpServletResponse.getOutputStream());
		}
	}

	private String _contentType(String name) {
		if (name.endsWith(".css")) {
			return "text/css;charset=UTF-8";
		}

		if (name.endsWith(".svg")) {
			return "image/svg+xml";
		}

		return "image/png";
	}

	private void _setSecurityHeaders(HttpServletResponse httpServletResponse) {
		httpServletResponse.setHeader(
			"Content-Security-Policy",
			"default-src 'self'; img-src 'self' data:; object-src 'none'; " +
				"frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
		httpServletResponse.setHeader("Referrer-Policy", "same-origin");
		httpServletResponse.setHeader("X-Content-Type-Options", "nosniff");
		httpServletResponse.setHeader("X-Frame-Options", "DENY");
	}

	private void _updateLocale(
		HttpServletRequest httpServletRequest, HttpSession httpSession) {

		String lang = httpServletRequest.getParameter("lang");

		if ((lang != null) && (lang.equals("fr") || lang.equals("en"))) {
			httpSession.setAttribute(
				_LOCALE, Messages.supportedLocale(new Locale(lang)));
		}
	}

	private String _url(HttpServletRequest httpServletRequest, String route) {
		return httpServletRequest.getContextPath() + route;
	}

	private WebRequest _webRequest(
		HttpServletRequest httpServletRequest, HttpSession httpSession,
		Uploads uploads) {

		Locale locale = (Locale)httpSession.getAttribute(_LOCALE);

		if (locale == null) {

			// Without Accept-Language the container would answer with its own default locale, not the product's

			locale = (httpServletRequest.getHeader("Accept-Language") == null) ?
				Messages.DEFAULT_LOCALE :
					Messages.supportedLocale(httpServletRequest.getLocale());
		}

		return new ServletWebRequest(
			httpServletRequest, (Actor)httpSession.getAttribute(_ACTOR),
			_csrfToken(httpSession), locale,
			(uploads == null) ? new Uploads(httpServletRequest) : uploads);
	}

	private static final String _ACTIVATE_TEMPLATE = "activate.ftlh";

	private static final String _ACTOR = "preau.actor";

	private static final String _CSRF_TOKEN = "preau.csrfToken";

	private static final String _LOCALE = "preau.locale";

	private static final String _LOGIN_TEMPLATE = "login.ftlh";

	private static final String _PASSWORD_RESET_TEMPLATE =
		"password_reset.ftlh";

	private static final String _PENDING_ACTIVATION = "preau.pendingActivation";


	private static final Pattern _STATIC_NAME = Pattern.compile(
		"[a-z0-9][a-z0-9-]*\\.(css|svg|png)");

	private static final Map<PasswordPolicy.Violation, String> _VIOLATION_KEYS =
		Map.of(
			PasswordPolicy.Violation.CONTAINS_LOGIN,
			"the-password-contains-the-login",
			PasswordPolicy.Violation.TOO_FEW_CLASSES,
			"the-password-has-too-few-kinds-of-characters",
			PasswordPolicy.Violation.TOO_LONG, "the-password-is-too-long",
			PasswordPolicy.Violation.TOO_SHORT, "the-password-is-too-short");

	private static final long serialVersionUID = 1L;

	private final transient ActivateAccount _activateAccount;
	private final transient Authenticate _authenticate;
	private final transient Map<String, Controller> _controllers;
	private final transient JsonReports _jsonReports;
	private final transient LoginThrottle _loginThrottle;
	private final transient PageRenderer _pageRenderer;
	private final transient PasswordPolicy _passwordPolicy;

	/**
	 * The routes whose controllers take a POST; any other POST is not found.
	 */
	private final Set<String> _postRoutes;
	private final transient RequestPasswordReset _requestPasswordReset;
	private final transient SecureRandom _secureRandom;
	private final int _sessionTimeoutMinutes;


	/**
	 * The login and activation code typed on the sign-in page, kept in the session until the password is chosen;
	 * never serialised with the session.
	 */
	private static final class PendingActivation implements Serializable {

		private PendingActivation(String login, char[] code) {
			_login = login;
			_code = code;
		}

		private final transient char[] _code;
		private final String _login;

		private static final long serialVersionUID = 1L;

	}

}
