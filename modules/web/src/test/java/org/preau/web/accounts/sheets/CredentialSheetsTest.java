package org.preau.web.accounts.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Test;

import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.CredentialMode;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;
import org.preau.web.i18n.Messages;

public class CredentialSheetsTest {

	@Test
	public void givenNamesBeyondFrench_thenAccentsDroppedOrQuestionMarks_andLoginAndCodeIntact()
		throws Exception {

		List<IssuedCredential> issued = List.of(
			_issued("lukasz.nguyen", "Łukasz", "Nguyễn 王", "6A"),
			_issued("zoe.oeuvray", "Zoë", "Œuvray", "6A"));

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();

		new CredentialSheets(_sheetTexts).write(
			"Collège Marie Curie", issued, false, pdf);

		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			assertEquals(2, document.getNumberOfPages());

			String text = new PDFTextStripper().getText(document);

			assertTrue(text.contains("Nguyen ? Lukasz"), text);
			assertTrue(text.contains("Œuvray Zoë"), text);
			assertTrue(text.contains("lukasz.nguyen"), text);
			assertTrue(text.contains("ABCD-EFGH-JKLM"), text);
			assertTrue(text.contains("Classe 6A"), text);
			assertTrue(text.contains("Votre compte ENT"), text);
		}
	}

	@Test
	public void givenManyHolders_whenGrid_thenEightCardsAPage() throws Exception {
		List<IssuedCredential> issued = new ArrayList<>();

		for (int i = 0; i < 17; i++) {
			issued.add(
				_issued(
					"eleve.numero" + i, "Élève",
					"Numéro " + i + " Avec-Un-Nom-De-Famille-Tres-Long", "6B"));
		}

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();

		new CredentialSheets(_sheetTexts).write("Collège", issued, true, pdf);

		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			assertEquals(3, document.getNumberOfPages());

			String text = new PDFTextStripper().getText(document);

			for (int i = 0; i < 17; i++) {
				assertTrue(text.contains("eleve.numero" + i + "\n") ||
					text.contains("eleve.numero" + i + " "), text);
			}
		}
	}

	@Test
	public void givenANameLikeAFormula_thenTheMailMergeCellIsText() {
		StringWriter stringWriter = new StringWriter();

		new CredentialCsv(
			_sheetTexts
		).write(
			"Collège", List.of(_issued("x.y", "=HYPERLINK(\"x\")", "Martin", null)),
			stringWriter
		);

		String csv = stringWriter.toString();

		assertTrue(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","), csv);
		assertTrue(csv.contains(",x.y,ABCD-EFGH-JKLM,activation-code,"), csv);
	}

	private static IssuedCredential _issued(
		String login, String firstName, String lastName, String classCode) {

		return new IssuedCredential(
			new AccountHolder(
				login, "aaf-" + login, firstName, lastName, Profile.PUPIL,
				Uai.of("0310001A"), classCode, null),
			"ABCD-EFGH-JKLM", CredentialMode.ACTIVATION_CODE,
			Instant.parse("2027-01-31T12:00:00Z"));
	}

	private final SheetTexts _sheetTexts = new SheetTexts(
		new Messages(), Locale.FRANCE, "https://ent.example.fr/", 10,
		ZoneId.of("Europe/Paris"));

}
