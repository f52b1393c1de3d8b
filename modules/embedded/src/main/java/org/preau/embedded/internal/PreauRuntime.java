package org.preau.embedded.internal;

import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.function.Function;

import javax.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

import org.preau.embedded.PreauApplication;

/**
 * The one component of the embedded host: starts the application with the runtime's {@code preau.*} framework
 * properties, then publishes its servlet on the HTTP Whiteboard and its command line as a service.
 */
@Component(immediate = true, service = {})
public class PreauRuntime {

	@Activate
	public void activate(BundleContext bundleContext) {
		Map<String, String> settings = new HashMap<>();

		for (String key : _SETTINGS) {
			String value = bundleContext.getProperty("preau." + key);

			if (value != null) {
				settings.put(key, value);
			}
		}

		_preauApplication = PreauApplication.start(settings);

		_preauApplication.generatedAdminPassword(
		).ifPresent(
			password -> System.out.println(
				"Préau created the administrator account \"" +
					settings.getOrDefault("admin.login", "admin") +
						"\" with the password " + password +
							" (shown this once: note it now)")
		);

		if (Boolean.parseBoolean(bundleContext.getProperty("preau.serving"))) {
			Dictionary<String, Object> properties = new Hashtable<>();

			properties.put(
				HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, "preau");
			properties.put(
				HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, "/*");

			// Feed files are uploaded on the imports page; the limits bound what one request may write to disk

			properties.put(
				HttpWhiteboardConstants.
					HTTP_WHITEBOARD_SERVLET_MULTIPART_ENABLED,
				Boolean.TRUE);
			properties.put(
				HttpWhiteboardConstants.
					HTTP_WHITEBOARD_SERVLET_MULTIPART_MAXFILESIZE,
				_MAX_UPLOAD_BYTES);
			properties.put(
				HttpWhiteboardConstants.
					HTTP_WHITEBOARD_SERVLET_MULTIPART_MAXREQUESTSIZE,
				_MAX_UPLOAD_BYTES);

			_servletRegistration = bundleContext.registerService(
				Servlet.class, _preauApplication.servlet(), properties);
		}

		Dictionary<String, Object> properties = new Hashtable<>();

		properties.put("preau.command.line", Boolean.TRUE);

		_commandLineRegistration = bundleContext.registerService(
			Function.class, _preauApplication.commandLine(), properties);
	}

	@Deactivate
	public void deactivate() {
		_unregister(_commandLineRegistration);
		_unregister(_servletRegistration);

		_preauApplication.close();
	}

	private void _unregister(ServiceRegistration<?> serviceRegistration) {
		if (serviceRegistration != null) {
			try {
				serviceRegistration.unregister();
			}
			catch (IllegalStateException illegalStateException) {

				// Already gone with the bundle

			}
		}
	}

	private static final long _MAX_UPLOAD_BYTES = 512L * 1024 * 1024;

	private static final String[] _SETTINGS = {
		"accounts.code.validity.days", "accounts.credentials.mode",
		"accounts.ent.address", "accounts.jobs.interval.minutes",
		"accounts.login.format", "accounts.login.max.length",
		"accounts.login.reserved", "accounts.password.min.classes",
		"accounts.password.min.length", "accounts.sheets.language",
		"admin.login", "admin.password", "data", "demo", "imports.drop.folder",
		"mail.from", "mail.smtp.host", "mail.smtp.password", "mail.smtp.port",
		"mail.smtp.starttls", "mail.smtp.user", "session.timeout.minutes",
		"time.zone"
	};

	private ServiceRegistration<?> _commandLineRegistration;
	private PreauApplication _preauApplication;
	private ServiceRegistration<?> _servletRegistration;

}
