package org.preau.web.view;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.i18n.Messages;

/**
 * Renders a controller's answer the same way in both hosts: the view model, plus what every page needs (texts, URLs,
 * the CSRF token, the user). In the portal the page chrome comes from the portal, so pages render as fragments there.
 */
public class PageRenderer {

	public PageRenderer(TemplateRenderer templateRenderer, Messages messages) {
		_templateRenderer = templateRenderer;
		_messages = messages;
	}

	public void render(
		WebRequest request, WebResponse response, boolean fragment,
		Writer writer) {

		Locale locale = Messages.supportedLocale(request.locale());

		Map<String, Object> model = new HashMap<>(response.model());

		model.put("actor", request.actor().orElse(null));
		model.put("csrfToken", request.csrfToken());
		model.put("fragment", fragment);
		model.put("lang", locale.getLanguage());
		model.put("msg", new MessageMethod(_messages, locale));
		model.put("urls", request.urls());

		_templateRenderer.render(
			response.template().orElseThrow(
				() -> new IllegalArgumentException(
					"a redirect has no page to render")),
			model, locale, writer);
	}

	/**
	 * {@code ${msg("key", arg...)}} in the templates; {@code ${msg("key", list)}} takes the arguments from a list, as
	 * view models hold them.
	 */
	private static class MessageMethod implements TemplateMethodModelEx {

		@Override
		public Object exec(List arguments) throws TemplateModelException {
			if (arguments.isEmpty()) {
				throw new TemplateModelException("msg needs a key");
			}

			Object[] values = new Object[arguments.size() - 1];

			for (int i = 1; i < arguments.size(); i++) {
				values[i - 1] = DeepUnwrap.unwrap(
					(freemarker.template.TemplateModel)arguments.get(i));
			}

			if ((values.length == 1) && (values[0] instanceof List)) {
				values = ((List<?>)values[0]).toArray();
			}

			return new SimpleScalar(
				_messages.get(
					_locale, String.valueOf(DeepUnwrap.unwrap(
						(freemarker.template.TemplateModel)arguments.get(0))),
					values));
		}

		private MessageMethod(Messages messages, Locale locale) {
			_messages = messages;
			_locale = locale;
		}

		private final Locale _locale;
		private final Messages _messages;

	}

	private final Messages _messages;
	private final TemplateRenderer _templateRenderer;

}
