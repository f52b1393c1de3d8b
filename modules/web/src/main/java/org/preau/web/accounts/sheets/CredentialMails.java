package org.preau.web.accounts.sheets;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.web.i18n.Messages;

/**
 * The subjects and bodies of the mails that carry a login and its code, or a reset link, from the shared language
 * keys: every host sends the same words, whatever carries the mail.
 */
public final class CredentialMails {

	public CredentialMails(
		SheetTexts sheetTexts, Messages messages, Locale locale) {

		_sheetTexts = Objects.requireNonNull(sheetTexts);
		_messages = Objects.requireNonNull(messages);
		_locale = Objects.requireNonNull(locale);
	}

	/**
	 * The body of the mail that gives the holder their login and code, with the ENT's address and the code's last day.
	 */
	public String credentialBody(IssuedCredential issuedCredential) {
		AccountHolder holder = issuedCredential.holder();

		return _messages.get(
			_locale, "mail-credentials-body-x-x-x-x-x", holder.displayName(),
			_sheetTexts.entAddress(), holder.login(), issuedCredential.secret(),
			_sheetTexts.date(issuedCredential.expiresAt()));
	}

	public String credentialSubject() {
		return _messages.get(_locale, "mail-credentials-subject");
	}

	/**
	 * The body of the mail that gives an adult the link to choose a new password, and until when it works.
	 */
	public String resetLinkBody(
		AccountHolder holder, String link, Instant expiresAt) {

		return _messages.get(
			_locale, "mail-reset-body-x-x-x", holder.displayName(), link,
			_sheetTexts.time(expiresAt));
	}

	public String resetLinkSubject() {
		return _messages.get(_locale, "mail-reset-subject");
	}

	private final Locale _locale;
	private final Messages _messages;
	private final SheetTexts _sheetTexts;

}
