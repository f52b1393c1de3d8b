package org.preau.web.rights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.security.AccessDeniedException;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.view.EstablishmentChoice;
import org.preau.web.view.ErrorPages;

/**
 * What the rights pages share: the choice of a school, the use cases' errors as pages, and the parsing of UAIs typed
 * in a form.
 */
final class RightsPages {

	/**
	 * Runs the page, answering a refused right with 403, an unknown person, school or delegation with 404 and refused
	 * input with 422, each page naming what was wrong.
	 */
	static WebResponse answer(Supplier<WebResponse> page) {
		try {
			return page.get();
		}
		catch (AccessDeniedException accessDeniedException) {
			return ErrorPages.forbidden();
		}
		catch (NoSuchElementException noSuchElementException) {
			return ErrorPages.page(
				WebResponse.NOT_FOUND, "not-found-x",
				noSuchElementException.getMessage());
		}
		catch (IllegalArgumentException illegalArgumentException) {
			return ErrorPages.page(
				WebResponse.UNPROCESSABLE,
				"the-change-was-refused-nothing-was-changed-x",
				illegalArgumentException.getMessage());
		}
	}

	/**
	 * Answers a school's page: the establishment choice's error as it is, the choice alone while no school is chosen,
	 * else the page of the chosen school, whose model already holds the choice and whose errors become pages as
	 * {@link #answer} makes them.
	 */
	static WebResponse schoolPage(
		WebRequest request, GetEstablishmentOverview getEstablishmentOverview,
		String route, String template, SchoolPage schoolPage) {

		EstablishmentChoice establishmentChoice = EstablishmentChoice.of(
			request, getEstablishmentOverview);

		if (establishmentChoice.error().isPresent()) {
			return establishmentChoice.error().get();
		}

		return answer(
			() -> {
				Map<String, Object> model = new HashMap<>();

				putChoice(
					model, route, establishmentChoice.uai().orElse(null),
					establishmentChoice.establishments());

				if (establishmentChoice.uai().isEmpty()) {
					return WebResponse.view(template, model);
				}

				return schoolPage.answer(
					establishmentChoice, establishmentChoice.uai().get(),
					model);
			});
	}

	static void putChoice(
		Map<String, Object> model, String route, Uai uai,
		List<?> establishments) {

		model.put("establishments", establishments);
		model.put("pageRoute", route);
		model.put("uai", (uai == null) ? null : uai.value());
	}

	/**
	 * Reads UAIs separated by spaces, commas, semicolons or new lines.
	 *
	 * @throws IllegalArgumentException naming the first one that is not a UAI
	 */
	static List<Uai> uais(String text) {
		List<Uai> uais = new ArrayList<>();

		for (String value : text.split("[\\s,;]+")) {
			if (value.isEmpty()) {
				continue;
			}

			String normalized = value.toUpperCase(Locale.ROOT);

			if (!Uai.isValid(normalized)) {
				throw new IllegalArgumentException(
					"\"" + value + "\" is not a UAI");
			}

			uais.add(Uai.of(normalized));
		}

		return uais;
	}

	private RightsPages() {
	}

	/**
	 * The page of a chosen school.
	 */
	@FunctionalInterface
	interface SchoolPage {

		WebResponse answer(
			EstablishmentChoice establishmentChoice, Uai uai,
			Map<String, Object> model);

	}

}
