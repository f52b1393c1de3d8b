package org.preau.web.view;

import java.util.List;
import java.util.Optional;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.security.Actor;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;

/**
 * What the establishment pages all start with: the signed-in user, the establishments they administer, and the one
 * the page is about — the one its {@code uai} parameter names, else the first they administer. An anonymous request
 * or a malformed parameter becomes an error page before any use case runs.
 */
public final class EstablishmentChoice {

	public static EstablishmentChoice of(
		WebRequest request, GetEstablishmentOverview getEstablishmentOverview) {

		Optional<Actor> actor = request.actor();

		if (actor.isEmpty()) {
			return new EstablishmentChoice(
				null, List.of(), null, ErrorPages.forbidden());
		}

		List<Establishment> administered =
			getEstablishmentOverview.administeredBy(actor.get());

		Optional<String> parameter = request.parameter("uai");

		if (parameter.isEmpty()) {
			return new EstablishmentChoice(
				actor.get(), administered,
				administered.isEmpty() ? null : administered.get(0).uai(),
				null);
		}

		if (!Uai.isValid(parameter.get())) {
			return new EstablishmentChoice(
				actor.get(), administered, null,
				ErrorPages.page(
					WebResponse.UNPROCESSABLE, "the-uai-x-is-not-valid",
					parameter.get()));
		}

		return new EstablishmentChoice(
			actor.get(), administered, Uai.of(parameter.get()), null);
	}

	/**
	 * The signed-in user; only to be called when there is no {@link #error()}.
	 */
	public Actor actor() {
		return _actor;
	}

	/**
	 * The establishments the user administers, for the page's picker.
	 */
	public List<EstablishmentItem> establishments() {
		return EstablishmentItem.of(_administered);
	}

	/**
	 * The error page to answer with: for an anonymous request, or a malformed parameter.
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

	private EstablishmentChoice(
		Actor actor, List<Establishment> administered, Uai uai,
		WebResponse error) {

		_actor = actor;
		_administered = administered;
		_uai = uai;
		_error = error;
	}

	private final Actor _actor;
	private final List<Establishment> _administered;
	private final WebResponse _error;
	private final Uai _uai;

}
