package org.preau.web.accounts;

import org.preau.core.accounts.port.in.IssueCredentials;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * Resets the password of one account and shows its new secret once.
 */
public class ResetPasswordController implements Controller {

	public ResetPasswordController(IssueCredentials issueCredentials) {
		_issueCredentials = issueCredentials;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		return AccountForms.run(
			request,
			() -> AccountForms.secret(
				_issueCredentials.reset(
					request.actor().get(),
					AccountForms.required(request, "login")),
				"the-password-was-reset-here-is-the-new-code"));
	}

	private final IssueCredentials _issueCredentials;

}
