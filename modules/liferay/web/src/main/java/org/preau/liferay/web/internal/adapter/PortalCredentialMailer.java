package org.preau.liferay.web.internal.adapter;

import com.liferay.mail.kernel.model.MailMessage;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.util.PrefsProps;
import com.liferay.portal.kernel.util.PropsKeys;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;

import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.accounts.model.PasswordPolicy;
import org.preau.core.accounts.port.out.CredentialMailer;
import org.preau.web.accounts.sheets.CredentialMails;
import org.preau.web.accounts.sheets.SheetTexts;
import org.preau.web.i18n.Messages;

/**
 * Mails holders their login and code through the portal's {@link MailService}, that is with the portal's SMTP
 * settings, in the words the embedded host mails ({@link CredentialMails}), in the language and time zone of the
 * holder's user. In the portal a code is its user's password: it becomes so just before its mail is handed to the
 * portal, so that no mail carries a code that does not sign in. Codes are mailed only where a sender is known: the
 * one Préau's configuration names, else the instance's own.
 *
 * <p>
 * Reset links are not mailed from here: the portal's own "forgot password" mails them with its password ticket, which
 * {@code PasswordTicketModelListener} refuses to pupils and to suspended logins. The core's reset token, which only the
 * embedded host's sign-in page can take, would be of no use in the portal.
 * </p>
 */
public class PortalCredentialMailer implements CredentialMailer {

	/**
	 * @param configuredSenderSupplier the sender Préau's configuration names, empty for the instance's
	 * @param entAddressSupplier the ENT's address, given in the mails
	 */
	public PortalCredentialMailer(
		LongSupplier companyIdSupplier,
		Supplier<String> configuredSenderSupplier,
		Supplier<String> entAddressSupplier, MailService mailService,
		PortalPasswords portalPasswords, PrefsProps prefsProps) {

		_companyIdSupplier = companyIdSupplier;
		_configuredSenderSupplier = configuredSenderSupplier;
		_entAddressSupplier = entAddressSupplier;
		_mailService = mailService;
		_portalPasswords = portalPasswords;
		_prefsProps = prefsProps;
	}

	@Override
	public boolean enabled() {
		return _sender().isPresent();
	}

	@Override
	public void sendCredential(IssuedCredential issuedCredential) {
		AccountHolder holder = issuedCredential.holder();

		InternetAddress from = _sender(
		).orElseThrow(
			() -> new IllegalStateException("no sender of mails is known")
		);

		String to = holder.email(
		).orElseThrow(
			() -> new IllegalArgumentException(
				holder.login() + " has no e-mail address")
		);

		InternetAddress toAddress = _address(to, holder.displayName());

		if (toAddress == null) {
			throw new IllegalArgumentException(
				"unable to mail " + holder.login() + ": \"" + to +
					"\" is not an e-mail address");
		}

		User user = _portalPasswords.set(issuedCredential);

		Locale locale = Messages.supportedLocale(user.getLocale());

		ZoneId zoneId = ZoneOffset.UTC;

		if (user.getTimeZone() != null) {
			zoneId = user.getTimeZone(
			).toZoneId();
		}

		CredentialMails credentialMails = new CredentialMails(
			new SheetTexts(
				_messages, locale, _entAddressSupplier.get(),
				PasswordPolicy.defaults(
				).minLength(),
				zoneId),
			_messages, locale);

		_mailService.sendEmail(
			new MailMessage(
				from, toAddress, credentialMails.credentialSubject(),
				credentialMails.credentialBody(issuedCredential), false));
	}

	@Override
	public void sendResetLink(
		AccountHolder holder, String token, Instant expiresAt) {

		throw new IllegalStateException(
			"the portal mails its own reset links, from its forgot password " +
				"page");
	}

	private static InternetAddress _address(String address, String name) {
		try {
			InternetAddress internetAddress = new InternetAddress(
				address.trim(), name, "UTF-8");

			internetAddress.validate();

			return internetAddress;
		}
		catch (AddressException | UnsupportedEncodingException exception) {
			return null;
		}
	}

	private Optional<InternetAddress> _sender() {
		long companyId = _companyIdSupplier.getAsLong();

		String address = _configuredSenderSupplier.get();

		if ((address == null) || address.isBlank()) {
			address = _prefsProps.getString(
				companyId, PropsKeys.ADMIN_EMAIL_FROM_ADDRESS);
		}

		// The portal's default sender is on the reserved .invalid domain: no mail from it can be answered or bounce,
		// so it says that nobody set the instance up for mail

		if ((address == null) || address.isBlank() ||
			address.trim(
			).toLowerCase(
				Locale.ROOT
			).endsWith(
				".invalid"
			)) {

			return Optional.empty();
		}

		return Optional.ofNullable(
			_address(
				address,
				_prefsProps.getString(
					companyId, PropsKeys.ADMIN_EMAIL_FROM_NAME)));
	}

	private final LongSupplier _companyIdSupplier;
	private final Supplier<String> _configuredSenderSupplier;
	private final Supplier<String> _entAddressSupplier;
	private final MailService _mailService;
	private final Messages _messages = new Messages();
	private final PortalPasswords _portalPasswords;
	private final PrefsProps _prefsProps;

}
