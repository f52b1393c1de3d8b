package org.preau.embedded.internal.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.accounts.port.out.CredentialMailer;
import org.preau.web.accounts.sheets.CredentialMails;
import org.preau.web.accounts.sheets.SheetTexts;
import org.preau.web.i18n.Messages;

/**
 * Mails credentials and reset links through an SMTP server (Jakarta Mail, Angus implementation), with texts from the
 * shared language keys. A failure names the address, never the secret.
 */
public class SmtpCredentialMailer implements CredentialMailer {

	/**
	 * @param settings {@code mail.smtp.host} (empty: no mail), {@code mail.smtp.port}, {@code mail.smtp.user},
	 *        {@code mail.smtp.password}, {@code mail.smtp.starttls}, {@code mail.from}
	 */
	public SmtpCredentialMailer(
		Map<String, String> settings, SheetTexts sheetTexts, Messages messages,
		Locale locale) {

		_host = settings.getOrDefault("mail.smtp.host", "").trim();
		_from = settings.getOrDefault("mail.from", "").trim();
		_sheetTexts = sheetTexts;
		_credentialMails = new CredentialMails(sheetTexts, messages, locale);

		Properties properties = new Properties();

		properties.put("mail.smtp.host", _host);
		properties.put(
			"mail.smtp.port", settings.getOrDefault("mail.smtp.port", "25"));
		properties.put("mail.smtp.connectiontimeout", "10000");
		properties.put("mail.smtp.timeout", "10000");
		properties.put(
			"mail.smtp.starttls.enable",
			settings.getOrDefault("mail.smtp.starttls", "false"));

		String user = settings.getOrDefault("mail.smtp.user", "").trim();
		String password = settings.getOrDefault("mail.smtp.password", "");

		if (user.isEmpty()) {
			_session = Session.getInstance(properties);
		}
		else {
			properties.put("mail.smtp.auth", "true");

			_session = Session.getInstance(
				properties,
				new Authenticator() {

					@Override
					protected PasswordAuthentication
						getPasswordAuthentication() {

						return new PasswordAuthentication(user, password);
					}

				});
		}
	}

	@Override
	public boolean enabled() {
		return !_host.isEmpty() && !_from.isEmpty();
	}

	@Override
	public void sendCredential(IssuedCredential issuedCredential) {
		_send(
			issuedCredential.holder(), _credentialMails.credentialSubject(),
			_credentialMails.credentialBody(issuedCredential));
	}

	@Override
	public void sendResetLink(
		AccountHolder holder, String token, Instant expiresAt) {

		String address = _sheetTexts.entAddress();

		String link = (address.endsWith("/") ? address : address + "/") +
			"password-reset/choose?login=" + _encode(holder.login()) +
				"&token=" + _encode(token);

		_send(
			holder, _credentialMails.resetLinkSubject(),
			_credentialMails.resetLinkBody(holder, link, expiresAt));
	}

	private static String _encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private void _send(AccountHolder holder, String subject, String body) {
		String to = holder.email(
		).orElseThrow(
			() -> new IllegalArgumentException(
				holder.login() + " has no e-mail address")
		);

		// Jakarta Mail finds its providers through the context class loader, which in OSGi is not this bundle's

		Thread thread = Thread.currentThread();

		ClassLoader contextClassLoader = thread.getContextClassLoader();

		thread.setContextClassLoader(Session.class.getClassLoader());

		try {
			MimeMessage mimeMessage = new MimeMessage(_session);

			mimeMessage.setFrom(new InternetAddress(_from));
			mimeMessage.setRecipient(
				Message.RecipientType.TO, new InternetAddress(to));
			mimeMessage.setSubject(subject, "UTF-8");
			mimeMessage.setText(body, "UTF-8");

			Transport.send(mimeMessage);
		}
		catch (MessagingException messagingException) {
			throw new IllegalStateException(
				"unable to mail " + to + ": " + messagingException.getMessage());
		}
		finally {
			thread.setContextClassLoader(contextClassLoader);
		}
	}

	private final CredentialMails _credentialMails;
	private final String _from;
	private final String _host;
	private final Session _session;
	private final SheetTexts _sheetTexts;

}
