package org.preau.web.view;

import java.util.List;
import java.util.Optional;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Uai;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * The establishment a page is about: the one its {@code uai} parameter names, else the first the user administers.
 * A malformed parameter becomes an error page before any use case runs.
 */
public final class EstablishmentChoice {

	public static EstablishmentChoice of(
		WebRequest request, List<Establishment> administered) {

		Optional<String> parameter = request.parameter("uai");

		if (parameter.isEmpty()) {
			if (administered.isEmpty()) {
				return new EstablishmentChoice(null, null);
			}

			return new EstablishmentChoice(administered.get(0).uai(), null);
		}

		if (!Uai.isValid(parameter.get())) {
			return new EstablishmentChoice(
				null,
				ErrorPages.page(
					WebResponse.UNPROCESSABLE, "the-uai-x-is-not-valid",
					parameter.get()));
		}

		return new EstablishmentChoice(Uai.of(parameter.get()), null);
	}

	/**
	 * The error page to answer with, if the parameter was malformed.
	 */
	public Optional<WebResponse> error() {
		return Optional.ofNullable(_error);
	}

	/**
	 * The chosen establishment; empty if the parameter was malformed, or if it was absent and the user administers
	 * none.
	 */
	public Optional<Uai> uai() {
		return Optional.ofNullable(_uai);
	}

	private EstablishmentChoice(Uai uai, WebResponse error) {
		_uai = uai;
		_error = error;
	}

	private final WebResponse _error;
	private final Uai _uai;

}
