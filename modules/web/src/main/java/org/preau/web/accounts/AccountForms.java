package org.preau.web.accounts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.AccessDeniedException;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.view.ErrorPages;

/**
 * What the account actions share: reading their forms, running the use case with its errors turned into pages, and
 * the page that shows a new secret once.
 */
final class AccountForms {

	/**
	 * Runs an action for a signed-in user: refused input becomes a 422 page naming what was wrong, a denial a 403
	 * page.
	 */
	static WebResponse run(WebRequest request, Action action) {
		if (request.actor().isEmpty()) {
			return ErrorPages.forbidden();
		}

		try {
			return action.run();
		}
		catch (AccessDeniedException accessDeniedException) {
			return ErrorPages.forbidden();
		}
		catch (IllegalArgumentException illegalArgumentException) {
			return ErrorPages.page(
				WebResponse.UNPROCESSABLE, "the-request-was-refused-x",
				illegalArgumentException.getMessage());
		}
	}

	/**
	 * Goes back to the accounts page of the request's establishment, saying what was done.
	 */
	static WebResponse back(WebRequest request, String done) {
		return WebResponse.redirect(
			request.urls().page(
				AccountRoutes.ACCOUNTS,
				Map.of("uai", uai(request).value(), "done", done)));
	}

	static Optional<LocalDate> date(WebRequest request, String name) {
		Optional<String> value = request.parameter(name);

		if (value.isEmpty()) {
			return Optional.empty();
		}

		try {
			return Optional.of(LocalDate.parse(value.get()));
		}
		catch (DateTimeParseException dateTimeParseException) {
			throw new IllegalArgumentException(
				name + ": \"" + value.get() + "\" is not a day");
		}
	}

	static String required(WebRequest request, String name) {
		return request.parameter(
			name
		).orElseThrow(
			() -> new IllegalArgumentException(name + " is missing")
		);
	}

	static LocalDate requiredDate(WebRequest request, String name) {
		return date(
			request, name
		).orElseThrow(
			() -> new IllegalArgumentException(name + " is missing")
		);
	}

	static AccountScope scope(WebRequest request) {
		Uai uai = uai(request);
		Profile profile = request.parameter(
			"profile"
		).map(
			Profile::parse
		).orElse(
			Profile.PUPIL
		);

		Optional<String> classCode = request.parameter("class");
		Optional<String> mefCode = request.parameter("level");

		if (classCode.isPresent() && mefCode.isPresent()) {
			throw new IllegalArgumentException(
				"class and level: choose a class or a level, not both");
		}

		if (classCode.isPresent()) {
			return AccountScope.ofClass(uai, profile, classCode.get());
		}

		if (mefCode.isPresent()) {
			return AccountScope.ofLevel(uai, profile, mefCode.get());
		}

		return AccountScope.of(uai, profile);
	}

	/**
	 * The page that shows a new secret, once.
	 */
	static WebResponse secret(
		IssuedCredential issuedCredential, String messageKey) {

		Map<String, Object> model = new HashMap<>();

		model.put("accountsRoute", AccountRoutes.ACCOUNTS);
		model.put("displayName", issuedCredential.holder().displayName());
		model.put("login", issuedCredential.holder().login());
		model.put("messageKey", messageKey);
		model.put("mode", issuedCredential.mode().key());
		model.put("secret", issuedCredential.secret());
		model.put("uai", issuedCredential.holder().uai().value());

		return WebResponse.view(SECRET_TEMPLATE, model);
	}

	static Uai uai(WebRequest request) {
		String value = required(request, "uai");

		if (!Uai.isValid(value)) {
			throw new IllegalArgumentException(
				"\"" + value + "\" is not a valid UAI");
		}

		return Uai.of(value);
	}

	static final String SECRET_TEMPLATE = "accounts_secret.ftlh";

	interface Action {

		WebResponse run();

	}

	private AccountForms() {
	}

}
