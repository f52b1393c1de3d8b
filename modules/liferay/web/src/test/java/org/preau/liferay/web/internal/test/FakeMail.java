package org.preau.liferay.web.internal.test;

import com.liferay.mail.kernel.model.MailMessage;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.kernel.util.PrefsProps;
import com.liferay.portal.kernel.util.PropsKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.preau.liferay.web.configuration.PreauConfiguration;

/**
 * The portal's mail service and an instance's mail settings in memory: every message handed to the portal is kept, as
 * its mail queue would take it, so that a test reads what would be sent and to whom.
 */
public class FakeMail {

	public static final String ENT_ADDRESS = "https://ent.example.fr/";

	/**
	 * @param instanceSender the instance's own sender (Instance Settings, Email), {@code null} for none
	 */
	public FakeMail(String instanceSender) {
		_instanceSender = instanceSender;
	}

	public MailService mailService() {
		return Fakes.service(
			MailService.class,
			Map.of(
				"sendEmail",
				arguments -> {
					_messages.add((MailMessage)arguments[0]);

					return null;
				}));
	}

	public List<MailMessage> messages() {
		return _messages;
	}

	/**
	 * Préau's configuration, naming a sender of its own or none (empty).
	 */
	public PreauConfiguration preauConfiguration(String mailFromAddress) {
		return Fakes.service(
			PreauConfiguration.class,
			Map.of(
				"demo", arguments -> false, "entAddress",
				arguments -> ENT_ADDRESS, "mailFromAddress",
				arguments -> mailFromAddress));
	}

	public PrefsProps prefsProps() {
		return Fakes.service(
			PrefsProps.class,
			Map.of(
				"getString",
				arguments -> {
					if (PropsKeys.ADMIN_EMAIL_FROM_ADDRESS.equals(
							arguments[1])) {

						return _instanceSender;
					}

					if (PropsKeys.ADMIN_EMAIL_FROM_NAME.equals(arguments[1])) {
						return "ENT du collège";
					}

					return null;
				}));
	}

	private final String _instanceSender;
	private final List<MailMessage> _messages = new ArrayList<>();

}
