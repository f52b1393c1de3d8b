package org.preau.web.accounts;

import java.util.List;

import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.accounts.port.in.IssueCredentials;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.security.Actor;
import org.preau.web.http.Controller;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * Issues new secrets to a profile of a school, a class or a level, removing their passwords too when asked (a mass
 * reset), and answers with the sheets as a PDF, or the mail-merge CSV.
 */
public class PrintCredentialsController implements Controller {

	public PrintCredentialsController(
		IssueCredentials issueCredentials,
		GetEstablishmentOverview getEstablishmentOverview,
		CredentialDocuments credentialDocuments) {

		_issueCredentials = issueCredentials;
		_getEstablishmentOverview = getEstablishmentOverview;
		_credentialDocuments = credentialDocuments;
	}

	@Override
	public WebResponse handle(WebRequest request) {
		return AccountForms.run(
			request,
			() -> {
				Actor actor = request.actor().get();
				AccountScope scope = AccountForms.scope(request);

				String format = request.parameter("format").orElse("pdf");

				if (!format.equals("pdf") && !format.equals("csv") &&
					!format.equals("grid")) {

					throw new IllegalArgumentException(
						"unknown format \"" + format + "\": pdf, grid or csv");
				}

				List<IssuedCredential> issued =
					request.parameter("reset").isPresent() ?
						_issueCredentials.resetAll(actor, scope) :
							_issueCredentials.issue(actor, scope);

				String schoolName = _schoolName(actor, scope);
				String fileName = _fileName(scope);

				if (format.equals("csv")) {
					return WebResponse.file(
						"text/csv;charset=UTF-8", fileName + ".csv",
						_credentialDocuments.csv(schoolName, issued));
				}

				return WebResponse.file(
					"application/pdf", fileName + ".pdf",
					_credentialDocuments.pdf(
						schoolName, issued, format.equals("grid")));
			});
	}

	private static String _fileName(AccountScope scope) {
		String name = "codes-" + scope.uai() + "-" + scope.profile().key() +
			scope.classCode().map(code -> "-" + code).orElse("") +
				scope.mefCode().map(code -> "-" + code).orElse("");

		return name.replaceAll("[^A-Za-z0-9._-]", "_");
	}

	private String _schoolName(Actor actor, AccountScope scope) {
		for (Establishment establishment :
				_getEstablishmentOverview.administeredBy(actor)) {

			if (establishment.uai().equals(scope.uai())) {
				return establishment.name();
			}
		}

		return scope.uai().value();
	}

	private final CredentialDocuments _credentialDocuments;
	private final GetEstablishmentOverview _getEstablishmentOverview;
	private final IssueCredentials _issueCredentials;

}
