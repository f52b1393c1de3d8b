package org.preau.web.view;

import java.util.HashMap;
import java.util.Map;

import org.preau.web.http.WebResponse;

/**
 * The error page, with a language key and its arguments.
 */
public final class ErrorPages {

	public static WebResponse forbidden() {
		return page(
			WebResponse.FORBIDDEN, "you-do-not-have-permission-to-do-this");
	}

	public static WebResponse page(int status, String messageKey) {
		return page(status, messageKey, "");
	}

	/**
	 * @param argument the value of the message's {@code {0}}, shown escaped
	 */
	public static WebResponse page(
		int status, String messageKey, String argument) {

		Map<String, Object> model = new HashMap<>();

		model.put("messageArgument", argument);
		model.put("messageKey", messageKey);
		model.put("status", status);

		return WebResponse.view(status, TEMPLATE, model);
	}

	public static final String TEMPLATE = "error.ftlh";

	private ErrorPages() {
	}

}
