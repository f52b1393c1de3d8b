package org.preau.core.imports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.ActionKind;
import org.preau.core.imports.model.Anomaly;
import org.preau.core.imports.model.AnomalyCode;
import org.preau.core.imports.model.AnomalyKind;
import org.preau.core.imports.model.EstablishmentReport;
import org.preau.core.imports.model.ImportError;
import org.preau.core.imports.model.ImportReport;

public class ImportReportJsonTest {

	@Test
	public void givenHostileText_thenEveryCharacterRfc8259RequiresIsEscaped()
		throws IOException {

		assertEquals(
			"\"a\\\"b\\\\c/d\"", _string("a\"b\\c/d"));
		assertEquals(
			"\"\\u0000\\u0001\\b\\t\\n\\f\\r\\u001f\\u007f\"",
			_string("\u0000\u0001\b\t\n\f\r\u001f\u007f"));
		assertEquals("\"\\u2028\\u2029\"", _string("\u2028\u2029"));
		assertEquals(
			"\"\\u003c/script\\u003e\\u0026\"", _string("</script>&"));
		assertEquals("\"Éloïse 😀\"", _string("Éloïse \ud83d\ude00"));
		assertEquals("\"\\ud83d.\\ude00\"", _string("\ud83d.\ude00"));
		assertEquals("null", _string(null));
	}

	@Test
	public void givenReport_thenKeysAreThoseOfTheIssue() {
		Uai uai = Uai.of("0310001A");

		ImportReport report = new ImportReport(
			Source.AAF, true, Map.of(ActionKind.CREATE, 2),
			List.of(
				new EstablishmentReport(
					uai,
					new DirectoryCounts(
						Map.of(
							Profile.PUPIL, 2, Profile.PARENT, 1,
							Profile.TEACHER, 1),
						2, 1, 2, 1),
					Map.of(ActionKind.CREATE, 8, ActionKind.LINK, 3),
					List.of(
						new Anomaly(
							AnomalyKind.PARENT_WITHOUT_EMAIL, uai, "R\"2",
							AnomalyCode.PARENT_WITHOUT_EMAIL,
							List.of("Marie \"R\" (R\"2)"))))),
			List.of(new ImportError(uai, "refused\n")));

		String json = ImportReportJson.toJson(report);

		String expected = String.join(
			"", "{\"source\":\"aaf\",\"dry_run\":true,",
			"\"establishments\":[{\"uai\":\"0310001A\",",
			"\"counts\":{\"pupils\":2,\"parents\":1,\"teachers\":1,",
			"\"staff\":0,\"guests\":0,\"classes\":2,\"groups\":1,",
			"\"relations\":2,\"teaching_assignments\":1},",
			"\"actions\":{\"create\":8,\"update\":0,\"move\":0,",
			"\"link\":3,\"unlink\":0,\"detach\":0,\"suspend\":0,",
			"\"restore\":0,\"delete_proposed\":0},",
			"\"anomalies\":[{\"kind\":\"parent_without_email\",",
			"\"code\":\"parent_without_email\",",
			"\"arguments\":[\"Marie \\\"R\\\" (R\\\"2)\"],",
			"\"person\":\"R\\\"2\",",
			"\"message\":\"Marie \\\"R\\\" (R\\\"2) has no e-mail ",
			"address\"}]}],",
			"\"nomenclature_actions\":{\"create\":2,\"update\":0,",
			"\"move\":0,\"link\":0,\"unlink\":0,\"detach\":0,",
			"\"suspend\":0,\"restore\":0,\"delete_proposed\":0},",
			"\"errors\":[{\"uai\":\"0310001A\",",
			"\"message\":\"refused\\n\"}]}");

		assertEquals(expected, json);
		assertTrue(json.chars().noneMatch(c -> c < 0x20));
	}

	private static String _string(String value) throws IOException {
		StringBuilder sb = new StringBuilder();

		ImportReportJson.string(value, sb);

		return sb.toString();
	}

}
