package org.preau.web.accounts.sheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.web.http.SpreadsheetCsvWriter;

/**
 * The credentials as a CSV file for a mail merge: one line per holder, with the names, class, e-mail address, login,
 * secret and expiry day. Its column names are field names for the merge, the same in every language. A name that
 * starts like a spreadsheet formula is kept from running as one.
 */
public class CredentialCsv {

	public CredentialCsv(SheetTexts sheetTexts) {
		_sheetTexts = sheetTexts;
	}

	public void write(
		String schoolName, List<IssuedCredential> issuedCredentials,
		Writer writer) {

		CSVFormat csvFormat = CSVFormat.DEFAULT.builder(
		).setHeader(
			"uai", "etablissement", "classe", "profil", "nom", "prenom", "email",
			"identifiant", "code", "mode", "expire_le", "adresse_ent"
		).get();

		try {

			// A byte order mark lets spreadsheet programs read the accents as UTF-8

			writer.write('\ufeff');

			CSVPrinter csvPrinter = new CSVPrinter(writer, csvFormat);

			for (IssuedCredential issuedCredential : issuedCredentials) {
				AccountHolder holder = issuedCredential.holder();

				csvPrinter.printRecord(
					holder.uai(), _text(schoolName),
					_text(holder.classCode().orElse("")),
					holder.profile().key(), _text(holder.lastName()),
					_text(holder.firstName()),
					_text(holder.email().orElse("")), holder.login(),
					issuedCredential.secret(), issuedCredential.mode().key(),
					_sheetTexts.date(issuedCredential.expiresAt()),
					_text(_sheetTexts.entAddress()));
			}

			csvPrinter.flush();
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	/**
	 * A text from the directory as a cell that a spreadsheet shows as text, never as a formula.
	 */
	private static String _text(String text) {
		return SpreadsheetCsvWriter.defused(text);
	}

	private final SheetTexts _sheetTexts;

}
