package org.preau.liferay.web.internal.adapter;

import java.time.Instant;

import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.accounts.port.out.CredentialMailer;

/**
 * The portal host mails no credentials: the core then refuses mailing with a clear error, and codes are printed.
 */
public class PortalCredentialMailer implements CredentialMailer {

	@Override
	public boolean enabled() {
		return false;
	}

	@Override
	public void sendCredential(IssuedCredential issuedCredential) {
		throw new IllegalStateException("the portal host mails no credentials");
	}

	@Override
	public void sendResetLink(
		AccountHolder holder, String token, Instant expiresAt) {

		throw new IllegalStateException("the portal host mails no credentials");
	}

}
