package org.preau.web.http;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

public class SpreadsheetCsvWriterTest {

	@Test
	public void givenCellsThatLookLikeFormulas_thenTheyStayText()
		throws Exception {

		List<CSVRecord> records = _written(
			List.of("=HYPERLINK(\"http://x\")", "+33 6", "-1", "@SUM(A1)"),
			List.of("\tTab", "D'Aubigné", "a;b", "line\nbreak"));

		Assertions.assertEquals(
			List.of("'=HYPERLINK(\"http://x\")", "'+33 6", "'-1", "'@SUM(A1)"),
			records.get(1).toList());
		Assertions.assertEquals(
			List.of("'\tTab", "D'Aubigné", "a;b", "line\nbreak"),
			records.get(2).toList());
	}

	@Test
	public void givenAHeader_thenUtf8WithAByteOrderMarkSemicolonsAndCrlf()
		throws Exception {

		ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

		new SpreadsheetCsvWriter().write(
			List.of("Identifiant", "Prénom"),
			consumer -> consumer.accept(List.of("lea.martin", "Léa")),
			outputStream);

		Assertions.assertEquals(
			"\uFEFFIdentifiant;Prénom\r\nlea.martin;Léa\r\n",
			outputStream.toString(StandardCharsets.UTF_8));
	}

	private static List<CSVRecord> _written(
			List<String> first, List<String> second)
		throws Exception {

		ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

		new SpreadsheetCsvWriter().write(
			List.of("a", "b", "c", "d"),
			consumer -> {
				consumer.accept(first);
				consumer.accept(second);
			},
			outputStream);

		String text = outputStream.toString(StandardCharsets.UTF_8);

		Assertions.assertEquals('\uFEFF', text.charAt(0));

		try (CSVParser csvParser = CSVParser.parse(
				new StringReader(text.substring(1)),
				CSVFormat.EXCEL.builder().setDelimiter(';').get())) {

			return csvParser.getRecords();
		}
	}

}
