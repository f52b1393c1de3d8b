package org.preau.web.view;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the shared FreeMarker templates with HTML auto-escaping: every value a view model carries is escaped unless
 * a template marks it otherwise, which none does.
 */
public class TemplateRenderer {

	public TemplateRenderer() {
		Configuration configuration = new Configuration(
			Configuration.VERSION_2_3_34);

		configuration.setAPIBuiltinEnabled(false);
		configuration.setAutoEscapingPolicy(
			Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
		configuration.setDefaultEncoding("UTF-8");
		configuration.setFallbackOnNullLoopVariable(false);
		configuration.setLogTemplateExceptions(false);
		configuration.setNewBuiltinClassResolver(
			freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		configuration.setObjectWrapper(
			new DefaultObjectWrapperBuilder(
				Configuration.VERSION_2_3_34
			).build());
		configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
		configuration.setRecognizeStandardFileExtensions(true);
		configuration.setTemplateExceptionHandler(
			TemplateExceptionHandler.RETHROW_HANDLER);
		configuration.setTemplateLoader(
			new ClassTemplateLoader(
				TemplateRenderer.class.getClassLoader(), TEMPLATES_PATH));
		configuration.setWrapUncheckedExceptions(true);

		_configuration = configuration;
	}

	public void render(
		String templateName, Map<String, Object> model, Locale locale,
		Writer writer) {

		try {
			Template template = _configuration.getTemplate(
				templateName, locale);

			template.process(model, writer);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
		catch (TemplateException templateException) {
			throw new IllegalStateException(
				"template " + templateName + " failed", templateException);
		}
	}

	public static final String TEMPLATES_PATH = "/org/preau/web/templates";

	private final Configuration _configuration;

}
