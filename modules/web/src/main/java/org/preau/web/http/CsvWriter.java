package org.preau.web.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a table as a CSV file that a spreadsheet opens as it is; {@link SpreadsheetCsvWriter} is the one both hosts
 * use.
 */
public interface CsvWriter {

	String CONTENT_TYPE = "text/csv;charset=UTF-8";

	/**
	 * Writes the header, then every row that {@code rows} gives, and flushes.
	 */
	void write(List<String> header, Rows rows, OutputStream outputStream)
		throws IOException;

	/**
	 * The rows of a table, given one by one.
	 */
	@FunctionalInterface
	interface Rows {

		void forEach(Consumer<List<String>> consumer);

	}

}
