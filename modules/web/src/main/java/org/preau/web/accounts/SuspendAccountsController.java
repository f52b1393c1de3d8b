package org.preau.web.accounts;

import java.time.LocalDate;
import org.preau.core.accounts.port.in.SuspendAccounts;
import org.preau.core.security.Actor;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * Suspends one account (its login) or a whole scope, with a reason and an optional end day, then goes back to the
 * accounts page.
 */
public class SuspendAccountsController implements Controller {

	public SuspendAccountsController(SuspendAccounts suspendAccounts) {
		_suspendAccounts = suspendAccounts;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		return AccountForms.run(
			request,
			() -> {
				Actor actor = request.actor().get();
				String reason = AccountForms.required(request, "reason");
				LocalDate until = AccountForms.date(
					request, "until"
				).orElse(
					null
				);

				if (request.parameter("login").isPresent()) {
					_suspendAccounts.suspend(
						actor, request.parameter("login").get(), reason, until);
				}
				else {
					_suspendAccounts.suspendAll(
						actor, AccountForms.scope(request), reason, until);
				}

				return AccountForms.back(request, "suspended");
			});
	}

	private final SuspendAccounts _suspendAccounts;

}
