package org.preau.web.accounts.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.IssuedCredential;

/**
 * Prints credential sheets as PDF: one holder per A4 page, or a grid of eight cards per page with dashed lines to cut
 * along. The text is set in the standard Helvetica and Courier fonts that every PDF reader has, so nothing is embedded
 * and 3,000 sheets stay small; their WinAnsi encoding covers every letter of French (œ and Ÿ included). A character it
 * cannot show, in a name from elsewhere, loses its accent if that is enough, else shows as "?": logins and codes are
 * plain ASCII, so a sheet is always usable.
 */
public class CredentialSheets {

	public CredentialSheets(SheetTexts sheetTexts) {
		_sheetTexts = Objects.requireNonNull(sheetTexts);
	}

	/**
	 * Writes the sheets of the credentials, in their order.
	 *
	 * @param grid eight cards per page rather than one page per holder
	 */
	public void write(
		String schoolName, List<IssuedCredential> issuedCredentials,
		boolean grid, OutputStream outputStream) {

		try (PDDocument document = new PDDocument(
				MemoryUsageSetting.setupMainMemoryOnly().streamCache)) {

			PDDocumentInformation information = new PDDocumentInformation();

			information.setTitle(
				_sheetTexts.title() + " - " + _printable(_regular, schoolName));
			information.setProducer("Préau");

			document.setDocumentInformation(information);

			if (grid) {
				_writeGrid(document, schoolName, issuedCredentials);
			}
			else {
				for (IssuedCredential issuedCredential : issuedCredentials) {
					_writePage(document, schoolName, issuedCredential);
				}
			}

			if (issuedCredentials.isEmpty()) {
				document.addPage(new PDPage(PDRectangle.A4));
			}

			document.save(outputStream);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	/**
	 * How many cards a page of the grid holds.
	 */
	public static final int CARDS_PER_PAGE = 8;

	private static String _who(AccountHolder holder) {
		return holder.lastName() + " " + holder.firstName();
	}

	private void _card(
			PDPageContentStream contentStream, String schoolName,
			IssuedCredential issuedCredential, float x, float top)
		throws IOException {

		AccountHolder holder = issuedCredential.holder();

		float y = top - 22;

		_text(contentStream, _bold, 9, x, y, schoolName);

		y -= 16;

		float classWidth = 0;

		if (holder.classCode().isPresent()) {
			String classLine = _sheetTexts.classLine(
				holder.classCode().get());

			classWidth = _width(_regular, 9, classLine) + 10;

			_text(
				contentStream, _regular, 9,
				(x + _CARD_WIDTH) - 30 - classWidth + 10, y, classLine);
		}

		// A long name gets a smaller size rather than running into the class

		float nameSize = 12;

		while ((nameSize > 7) &&
			   (_width(_bold, nameSize, _who(holder)) >
				   ((_CARD_WIDTH - 30) - classWidth))) {

			nameSize -= 0.5f;
		}

		_text(contentStream, _bold, nameSize, x, y, _who(holder));

		y -= 20;

		_text(contentStream, _regular, 9, x, y, _sheetTexts.login());
		_text(contentStream, _mono, 12, x + 95, y, holder.login());

		y -= 17;

		_text(
			contentStream, _regular, 9, x, y,
			_sheetTexts.secret(issuedCredential.mode()));
		_text(contentStream, _mono, 12, x + 95, y, issuedCredential.secret());

		y -= 16;

		for (String step : _sheetTexts.steps(issuedCredential.mode())) {
			for (String line : _wrap(_regular, 7.5f, step, _CARD_WIDTH - 30)) {
				_text(contentStream, _regular, 7.5f, x, y, line);

				y -= 9.5f;
			}
		}

		y -= 2;

		for (String line :
				_wrap(
					_regular, 7.5f, _sheetTexts.expiry(issuedCredential),
					_CARD_WIDTH - 30)) {

			_text(contentStream, _italic, 7.5f, x, y, line);

			y -= 9.5f;
		}
	}

	private boolean _encodable(PDFont font, char c) {
		Map<Character, Boolean> cache = _encodable.computeIfAbsent(
			font, key -> new HashMap<>());

		return cache.computeIfAbsent(
			c,
			key -> {
				try {
					font.encode(String.valueOf(key));

					return true;
				}
				catch (IllegalArgumentException | IOException exception) {
					return false;
				}
			});
	}

	/**
	 * The text with each character the font cannot show replaced: by its letter without accent or stroke if that can
	 * be shown, else by "?".
	 */
	private String _printable(PDFont font, String text) {
		StringBuilder sb = null;

		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);

			if (_encodable(font, c)) {
				if (sb != null) {
					sb.append(c);
				}

				continue;
			}

			if (sb == null) {
				sb = new StringBuilder(text.substring(0, i));
			}

			int stroked = _STROKED.indexOf(c);

			if (stroked >= 0) {
				sb.append(_UNSTROKED.charAt(stroked));

				continue;
			}

			String decomposed = Normalizer.normalize(
				String.valueOf(c), Normalizer.Form.NFD);

			char base = decomposed.charAt(0);

			sb.append(
				((decomposed.length() > 1) && _encodable(font, base)) ? base :
					'?');
		}

		return (sb == null) ? text : sb.toString();
	}

	private void _text(
			PDPageContentStream contentStream, PDFont font, float size, float x,
			float y, String text)
		throws IOException {

		contentStream.beginText();
		contentStream.setFont(font, size);
		contentStream.newLineAtOffset(x, y);
		contentStream.showText(_printable(font, text));
		contentStream.endText();
	}

	private float _width(PDFont font, float size, String text)
		throws IOException {

		return font.getStringWidth(_printable(font, text)) / 1000 * size;
	}

	private List<String> _wrap(
			PDFont font, float size, String text, float width)
		throws IOException {

		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();

		for (String word : text.split(" ")) {
			String candidate = (line.length() == 0) ? word : line + " " + word;

			if ((line.length() > 0) && (_width(font, size, candidate) > width)) {
				lines.add(line.toString());

				line.setLength(0);
				line.append(word);
			}
			else {
				line.setLength(0);
				line.append(candidate);
			}
		}

		if (line.length() > 0) {
			lines.add(line.toString());
		}

		return lines;
	}

	private void _writeGrid(
			PDDocument document, String schoolName,
			List<IssuedCredential> issuedCredentials)
		throws IOException {

		for (int start = 0; start < issuedCredentials.size();
			 start += CARDS_PER_PAGE) {

			PDPage page = new PDPage(PDRectangle.A4);

			document.addPage(page);

			try (PDPageContentStream contentStream = new PDPageContentStream(
					document, page)) {

				contentStream.setLineWidth(0.5f);
				contentStream.setLineDashPattern(new float[] {4, 3}, 0);
				contentStream.moveTo(_CARD_WIDTH, 0);
				contentStream.lineTo(_CARD_WIDTH, PDRectangle.A4.getHeight());

				for (int row = 1; row < 4; row++) {
					contentStream.moveTo(0, row * _CARD_HEIGHT);
					contentStream.lineTo(
						PDRectangle.A4.getWidth(), row * _CARD_HEIGHT);
				}

				contentStream.stroke();

				int end = Math.min(
					start + CARDS_PER_PAGE, issuedCredentials.size());

				for (int i = start; i < end; i++) {
					int cell = i - start;

					_card(
						contentStream, schoolName, issuedCredentials.get(i),
						((cell % 2) * _CARD_WIDTH) + 15,
						PDRectangle.A4.getHeight() -
							((cell / 2) * _CARD_HEIGHT));
				}
			}
		}
	}

	private void _writePage(
			PDDocument document, String schoolName,
			IssuedCredential issuedCredential)
		throws IOException {

		PDPage page = new PDPage(PDRectangle.A4);

		document.addPage(page);

		AccountHolder holder = issuedCredential.holder();

		try (PDPageContentStream contentStream = new PDPageContentStream(
				document, page)) {

			float x = 60;
			float y = PDRectangle.A4.getHeight() - 80;

			_text(contentStream, _bold, 14, x, y, schoolName);

			y -= 36;

			_text(contentStream, _bold, 22, x, y, _sheetTexts.title());

			y -= 44;

			_text(contentStream, _bold, 16, x, y, _who(holder));

			if (holder.classCode().isPresent()) {
				y -= 20;

				_text(
					contentStream, _regular, 12, x, y,
					_sheetTexts.classLine(holder.classCode().get()));
			}

			y -= 50;

			_text(contentStream, _regular, 13, x, y, _sheetTexts.login());
			_text(contentStream, _mono, 18, x + 170, y, holder.login());

			y -= 32;

			_text(
				contentStream, _regular, 13, x, y,
				_sheetTexts.secret(issuedCredential.mode()));
			_text(
				contentStream, _mono, 18, x + 170, y,
				issuedCredential.secret());

			y -= 56;

			int number = 1;

			for (String step : _sheetTexts.steps(issuedCredential.mode())) {
				boolean first = true;

				for (String line : _wrap(_regular, 12, step, 450)) {
					if (first) {
						_text(contentStream, _regular, 12, x, y, number + ".");
					}

					_text(contentStream, _regular, 12, x + 18, y, line);

					first = false;
					y -= 17;
				}

				number++;
				y -= 6;
			}

			y -= 16;

			for (String line :
					_wrap(
						_regular, 11, _sheetTexts.expiry(issuedCredential),
						470)) {

				_text(contentStream, _italic, 11, x, y, line);

				y -= 15;
			}
		}
	}

	private static final float _CARD_HEIGHT = PDRectangle.A4.getHeight() / 4;

	private static final float _CARD_WIDTH = PDRectangle.A4.getWidth() / 2;

	/**
	 * Letters that carry their mark inside, so that decomposing them leaves nothing to drop, and their plain forms.
	 */
	private static final String _STROKED = "ŁłĐđĦħŦŧ";

	private static final String _UNSTROKED = "LlDdHhTt";

	private final PDFont _bold = new PDType1Font(
		Standard14Fonts.FontName.HELVETICA_BOLD);
	private final Map<PDFont, Map<Character, Boolean>> _encodable =
		new HashMap<>();
	private final PDFont _italic = new PDType1Font(
		Standard14Fonts.FontName.HELVETICA_OBLIQUE);
	private final PDFont _mono = new PDType1Font(
		Standard14Fonts.FontName.COURIER_BOLD);
	private final PDFont _regular = new PDType1Font(
		Standard14Fonts.FontName.HELVETICA);
	private final SheetTexts _sheetTexts;

}
