package org.preau.web.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import org.preau.core.directory.model.Uai;
import org.preau.core.security.AccessDeniedException;
import org.preau.web.http.WebResponse;
import org.preau.web.view.ErrorPages;

/**
 * What the rights pages share: the use cases' errors as pages, and the parsing of UAIs typed in a form.
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

}
