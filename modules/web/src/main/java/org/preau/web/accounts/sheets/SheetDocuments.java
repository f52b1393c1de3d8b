package org.preau.web.accounts.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.preau.core.accounts.model.IssuedCredential;
import org.preau.web.accounts.CredentialDocuments;

/**
 * The credential documents of the embedded host, for the accounts page: the PDF sheets and the mail-merge CSV, in
 * memory, since they are sent at once and never kept.
 */
public class SheetDocuments implements CredentialDocuments {

	public SheetDocuments(
		CredentialSheets credentialSheets, CredentialCsv credentialCsv) {

		_credentialSheets = credentialSheets;
		_credentialCsv = credentialCsv;
	}

	@Override
	public byte[] csv(
		String schoolName, List<IssuedCredential> issuedCredentials) {

		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		try (Writer writer = new OutputStreamWriter(
				byteArrayOutputStream, StandardCharsets.UTF_8)) {

			_credentialCsv.write(schoolName, issuedCredentials, writer);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		return byteArrayOutputStream.toByteArray();
	}

	@Override
	public byte[] pdf(
		String schoolName, List<IssuedCredential> issuedCredentials,
		boolean grid) {

		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		_credentialSheets.write(
			schoolName, issuedCredentials, grid, byteArrayOutputStream);

		return byteArrayOutputStream.toByteArray();
	}

	private final CredentialCsv _credentialCsv;
	private final CredentialSheets _credentialSheets;

}
