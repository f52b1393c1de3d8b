package org.preau.web.directory;

import java.time.format.DateTimeFormatter;

import org.preau.core.accounts.model.AccountState;
import org.preau.core.accounts.model.Distribution;
import org.preau.core.accounts.model.Guest;
import org.preau.core.accounts.model.SuspensionEvent;

/**
 * The view model of the card's "account" section: suspended or not (since when, until when, why and by whom), the
 * guest's sponsor and expiry, and the last distribution of credentials that reached the account. Never a secret.
 */
public class CardAccountDisplayContext {

	public CardAccountDisplayContext(
		AccountState accountState, DateTimeFormatter dateTimeFormatter) {

		_suspended = accountState.suspended();

		SuspensionEvent suspension = accountState.suspension().orElse(null);

		_suspensionKnown = suspension != null;
		_suspendedSince = (suspension == null) ? "" :
			dateTimeFormatter.format(suspension.at());
		_suspendedBy = (suspension == null) ? "" : suspension.actor();
		_suspensionReason = (suspension == null) ? "" : suspension.reason();
		_suspendedUntil = (suspension == null) ? "" :
			suspension.until().map(Object::toString).orElse("");

		Guest guest = accountState.guest().orElse(null);

		_guest = guest != null;
		_guestKind = (guest == null) ? "" : guest.kind().key();
		_guestExpiresOn = (guest == null) ? "" : guest.expiresOn().toString();
		_guestExpired = accountState.guestExpired();
		_guestSponsor = (guest == null) ? "" : guest.sponsor();

		Distribution distribution = accountState.lastDistribution().orElse(
			null);

		_distributed = distribution != null;
		_distributedAt = (distribution == null) ? "" :
			dateTimeFormatter.format(distribution.at());
		_distributedBy = (distribution == null) ? "" : distribution.actor();
		_distributionKind = (distribution == null) ? "" : distribution.kind();
		_distributionScope = (distribution == null) ? "" :
			distribution.scope();
		_distributionsRead = accountState.distributionsRead();
		_distributionKnown = accountState.distributionKnown();
	}

	public String getDistributedAt() {
		return _distributedAt;
	}

	public String getDistributedBy() {
		return _distributedBy;
	}

	public String getDistributionKind() {
		return _distributionKind;
	}

	public String getDistributionScope() {
		return _distributionScope;
	}

	public int getDistributionsRead() {
		return _distributionsRead;
	}

	public String getGuestExpiresOn() {
		return _guestExpiresOn;
	}

	public String getGuestKind() {
		return _guestKind;
	}

	public String getGuestSponsor() {
		return _guestSponsor;
	}

	public String getSuspendedBy() {
		return _suspendedBy;
	}

	public String getSuspendedSince() {
		return _suspendedSince;
	}

	public String getSuspendedUntil() {
		return _suspendedUntil;
	}

	public String getSuspensionReason() {
		return _suspensionReason;
	}

	public boolean isDistributed() {
		return _distributed;
	}

	public boolean isDistributionKnown() {
		return _distributionKnown;
	}

	public boolean isGuest() {
		return _guest;
	}

	public boolean isGuestExpired() {
		return _guestExpired;
	}

	public boolean isSuspended() {
		return _suspended;
	}

	public boolean isSuspensionKnown() {
		return _suspensionKnown;
	}

	private final boolean _distributed;
	private final String _distributedAt;
	private final String _distributedBy;
	private final String _distributionKind;
	private final boolean _distributionKnown;
	private final String _distributionScope;
	private final int _distributionsRead;
	private final boolean _guest;
	private final boolean _guestExpired;
	private final String _guestExpiresOn;
	private final String _guestKind;
	private final String _guestSponsor;
	private final boolean _suspended;
	private final String _suspendedBy;
	private final String _suspendedSince;
	private final String _suspendedUntil;
	private final boolean _suspensionKnown;
	private final String _suspensionReason;

}
