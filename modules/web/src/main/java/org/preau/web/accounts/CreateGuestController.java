package org.preau.web.accounts;

import org.preau.core.accounts.model.GuestKind;
import org.preau.core.accounts.port.in.ManageGuests;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * Creates a guest or partner account and shows its secret once.
 */
public class CreateGuestController implements Controller {

	public CreateGuestController(ManageGuests manageGuests) {
		_manageGuests = manageGuests;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		return AccountForms.run(
			request,
			() -> AccountForms.secret(
				_manageGuests.create(
					request.actor().get(), AccountForms.uai(request),
					GuestKind.parse(request.parameter("kind").orElse("guest")),
					AccountForms.required(request, "firstName"),
					AccountForms.required(request, "lastName"),
					request.parameter("email").orElse(null),
					request.parameter("sponsor").orElse(null),
					AccountForms.requiredDate(request, "until")),
				"the-guest-account-was-created-here-is-its-code"));
	}

	private final ManageGuests _manageGuests;

}
