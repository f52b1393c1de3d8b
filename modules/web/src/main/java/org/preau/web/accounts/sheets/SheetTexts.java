package org.preau.web.accounts.sheets;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import org.preau.core.accounts.model.CredentialMode;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.web.i18n.Messages;

/**
 * The texts of a credential sheet, from the shared language keys, in the language of the families (French unless
 * asked otherwise), with the ENT's address and the password policy the holder will meet.
 */
public final class SheetTexts {

	public SheetTexts(
		Messages messages, Locale locale, String entAddress,
		int minPasswordLength, ZoneId zoneId) {

		_messages = Objects.requireNonNull(messages);
		_locale = Objects.requireNonNull(locale);
		_entAddress = Objects.requireNonNull(entAddress);
		_minPasswordLength = minPasswordLength;
		_dateTimeFormatter = DateTimeFormatter.ofPattern(
			"dd/MM/yyyy", locale
		).withZone(
			zoneId
		);
		_timeFormatter = DateTimeFormatter.ofPattern(
			"dd/MM/yyyy HH:mm", locale
		).withZone(
			zoneId
		);
	}

	public String classLine(String classCode) {
		return _messages.get(_locale, "sheet-class-x", classCode);
	}

	public String date(Instant instant) {
		return _dateTimeFormatter.format(instant);
	}

	public String entAddress() {
		return _entAddress;
	}

	public String expiry(IssuedCredential issuedCredential) {
		return _messages.get(
			_locale,
			(issuedCredential.mode() == CredentialMode.ACTIVATION_CODE) ?
				"sheet-code-expires-x" : "sheet-password-expires-x",
			date(issuedCredential.expiresAt()));
	}

	public String login() {
		return _messages.get(_locale, "sheet-login");
	}

	public String secret(CredentialMode mode) {
		return _messages.get(
			_locale,
			(mode == CredentialMode.ACTIVATION_CODE) ?
				"sheet-activation-code" : "sheet-initial-password");
	}

	/**
	 * The numbered steps, from the ENT's address to choosing a password.
	 */
	public String[] steps(CredentialMode mode) {
		return new String[] {
			_messages.get(_locale, "sheet-step-1-x", _entAddress),
			_messages.get(
				_locale,
				(mode == CredentialMode.ACTIVATION_CODE) ?
					"sheet-step-2-activation" : "sheet-step-2-initial"),
			_messages.get(_locale, "sheet-step-3-x", _minPasswordLength)
		};
	}

	public String time(Instant instant) {
		return _timeFormatter.format(instant);
	}

	public String title() {
		return _messages.get(_locale, "sheet-title");
	}

	private final DateTimeFormatter _dateTimeFormatter;
	private final String _entAddress;
	private final Locale _locale;
	private final Messages _messages;
	private final int _minPasswordLength;
	private final DateTimeFormatter _timeFormatter;

}
