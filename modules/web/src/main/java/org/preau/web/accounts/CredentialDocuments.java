package org.preau.web.accounts;

import java.util.List;

import org.preau.core.accounts.model.IssuedCredential;

/**
 * Writes the documents that carry freshly issued secrets: the printable sheets and the mail-merge file. Each host
 * provides its own writer.
 */
public interface CredentialDocuments {

	byte[] csv(String schoolName, List<IssuedCredential> issuedCredentials);

	/**
	 * @param grid eight cut-out cards a page rather than one page per holder
	 */
	byte[] pdf(
		String schoolName, List<IssuedCredential> issuedCredentials,
		boolean grid);

}
