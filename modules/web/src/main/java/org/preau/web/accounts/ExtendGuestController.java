package org.preau.web.accounts;

import org.preau.core.accounts.port.in.ManageGuests;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * Moves a guest's expiry day, reopening an expired guest.
 */
public class ExtendGuestController implements Controller {

	public ExtendGuestController(ManageGuests manageGuests) {
		_manageGuests = manageGuests;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		return AccountForms.run(
			request,
			() -> {
				_manageGuests.extend(
					request.actor().get(),
					AccountForms.required(request, "login"),
					AccountForms.requiredDate(request, "until"));

				return AccountForms.back(request, "guest-extended");
			});
	}

	private final ManageGuests _manageGuests;

}
