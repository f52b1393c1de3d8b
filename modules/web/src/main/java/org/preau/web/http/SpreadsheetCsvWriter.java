package org.preau.web.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;


/**
 * CSV as French spreadsheets open it with a double click: UTF-8 with a byte order mark (else Excel reads it as
 * Windows-1252), semicolons (the comma is the decimal separator there), CRLF line ends. A cell that a spreadsheet would
 * take for a formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe, so
 * that a name typed as {@code =HYPERLINK(...)} in a feed stays text.
 */
public class SpreadsheetCsvWriter implements CsvWriter {

	/**
	 * Returns the cell as a spreadsheet should show it: as text, never as a formula.
	 */
	public static String defused(String cell) {
		if (cell.isEmpty()) {
			return cell;
		}

		char first = cell.charAt(0);

		if ((first == '=') || (first == '+') || (first == '-') ||
			(first == '@') || (first == '\t') || (first == '\r')) {

			return "'" + cell;
		}

		return cell;
	}

	@Override
	public void write(List<String> header, Rows rows, OutputStream outputStream)
		throws IOException {

		Writer writer = new OutputStreamWriter(
			outputStream, StandardCharsets.UTF_8);

		writer.write('\uFEFF');

		CSVPrinter csvPrinter = new CSVPrinter(writer, _FORMAT);

		csvPrinter.printRecord(_defused(header));

		try {
			rows.forEach(
				row -> {
					try {
						csvPrinter.printRecord(_defused(row));
					}
					catch (IOException ioException) {
						throw new UncheckedIOException(ioException);
					}
				});
		}
		catch (UncheckedIOException uncheckedIOException) {
			throw uncheckedIOException.getCause();
		}

		csvPrinter.flush();
	}

	private static List<String> _defused(List<String> cells) {
		List<String> defused = new ArrayList<>(cells.size());

		for (String cell : cells) {
			defused.add(defused((cell == null) ? "" : cell));
		}

		return defused;
	}

	private static final CSVFormat _FORMAT = CSVFormat.Builder.create(
		CSVFormat.EXCEL
	).setDelimiter(
		';'
	).setQuoteMode(
		QuoteMode.MINIMAL
	).setRecordSeparator(
		"\r\n"
	).get();

}
