package org.preau.web.accounts;

import org.preau.core.accounts.port.in.ManageGuests;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * Ends a guest's access today.
 */
public class EndGuestController implements Controller {

	public EndGuestController(ManageGuests manageGuests) {
		_manageGuests = manageGuests;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		return AccountForms.run(
			request,
			() -> {
				_manageGuests.end(
					request.actor().get(),
					AccountForms.required(request, "login"));

				return AccountForms.back(request, "guest-ended");
			});
	}

	private final ManageGuests _manageGuests;

}
