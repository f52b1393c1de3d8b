package org.preau.web.accounts;

import org.preau.core.accounts.port.in.SuspendAccounts;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * Reactivates one suspended account, with a reason.
 */
public class ReactivateAccountController implements Controller {

	public ReactivateAccountController(SuspendAccounts suspendAccounts) {
		_suspendAccounts = suspendAccounts;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		return AccountForms.run(
			request,
			() -> {
				_suspendAccounts.reactivate(
					request.actor().get(),
					AccountForms.required(request, "login"),
					AccountForms.required(request, "reason"));

				return AccountForms.back(request, "reactivated");
			});
	}

	private final SuspendAccounts _suspendAccounts;

}
