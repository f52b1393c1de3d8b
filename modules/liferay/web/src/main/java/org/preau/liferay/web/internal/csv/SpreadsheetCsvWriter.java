package org.preau.liferay.web.internal.csv;

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

import org.preau.web.http.CsvWriter;

/**
 * CSV as French spreadsheets open it with a double click, written as the embedded host writes it: UTF-8 with a byte
 * order mark (else Excel reads it as Windows-1252), semicolons (the comma is the decimal separator there), CRLF line
 * ends, and a cell that a spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a carriage
 * return) prefixed with an apostrophe. The web module stays free of any CSV library, so each host writes its own with
 * the Commons CSV it deploys.
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
