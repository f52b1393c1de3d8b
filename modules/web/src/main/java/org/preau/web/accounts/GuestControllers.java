package org.preau.web.accounts;

import java.util.Map;

import org.preau.core.accounts.model.GuestKind;
import org.preau.core.accounts.port.in.ManageGuests;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * The three guest actions, each a small controller: create (showing the guest's secret once), extend, end.
 */
public final class GuestControllers {

	public static Controller create(ManageGuests manageGuests) {
		return request -> AccountForms.run(
			request,
			() -> AccountForms.secret(
				manageGuests.create(
					request.actor().get(), AccountForms.uai(request),
					GuestKind.parse(request.parameter("kind").orElse("guest")),
					AccountForms.required(request, "firstName"),
					AccountForms.required(request, "lastName"),
					request.parameter("email").orElse(null),
					request.parameter("sponsor").orElse(null),
					AccountForms.date(
						request, "until"
					).orElseThrow(
						() -> new IllegalArgumentException("until is missing")
					)),
				"the-guest-account-was-created-here-is-its-code"));
	}

	public static Controller end(ManageGuests manageGuests) {
		return request -> AccountForms.run(
			request,
			() -> {
				manageGuests.end(
					request.actor().get(),
					AccountForms.required(request, "login"));

				return _back(request, "guest-ended");
			});
	}

	public static Controller extend(ManageGuests manageGuests) {
		return request -> AccountForms.run(
			request,
			() -> {
				manageGuests.extend(
					request.actor().get(),
					AccountForms.required(request, "login"),
					AccountForms.date(
						request, "until"
					).orElseThrow(
						() -> new IllegalArgumentException("until is missing")
					));

				return _back(request, "guest-extended");
			});
	}

	private static WebResponse _back(WebRequest request, String done) {
		return WebResponse.redirect(
			request.urls().page(
				AccountRoutes.ACCOUNTS,
				Map.of("uai", AccountForms.uai(request).value(), "done", done)));
	}

	private GuestControllers() {
	}

}
