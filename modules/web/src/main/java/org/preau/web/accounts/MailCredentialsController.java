package org.preau.web.accounts;

import java.util.Map;

import org.preau.core.accounts.model.MailedCredentials;
import org.preau.core.accounts.port.in.MailCredentials;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * Mails new activation codes to the parents of the school or of a class whose address is known; the page then says how
 * many were mailed and how many have no known address.
 */
public class MailCredentialsController implements Controller {

	public MailCredentialsController(MailCredentials mailCredentials) {
		_mailCredentials = mailCredentials;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		return AccountForms.run(
			request,
			() -> {
				MailedCredentials mailedCredentials =
					_mailCredentials.mailToParents(
						request.actor().get(), AccountForms.scope(request));

				return WebResponse.redirect(
					request.urls().page(
						AccountRoutes.ACCOUNTS,
						Map.of(
							"uai", AccountForms.uai(request).value(), "done",
							"mailed", "count",
							String.valueOf(mailedCredentials.mailed()),
							"without",
							String.valueOf(
								mailedCredentials.withoutAddress()))));
			});
	}

	private final MailCredentials _mailCredentials;

}
