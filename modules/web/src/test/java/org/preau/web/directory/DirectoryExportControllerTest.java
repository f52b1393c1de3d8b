package org.preau.web.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.DirectoryPage;
import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.model.UserCard;
import org.preau.core.directory.port.in.SearchDirectory;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.web.http.CsvWriter;
import org.preau.web.http.Download;
import org.preau.web.http.WebResponse;
import org.preau.web.i18n.Messages;

public class DirectoryExportControllerTest {

	@Test
	public void givenASearch_thenEveryoneItFindsLoginFirstUnderLocalisedHeaders()
		throws IOException {

		WebResponse response = _handle(
			Map.of("uai", "0310001A", "profile", "pupil", "page", "3"));

		Download download = response.download().get();

		Assertions.assertEquals("directory-0310001A.csv", download.fileName());
		Assertions.assertEquals(CsvWriter.CONTENT_TYPE, download.contentType());
		Assertions.assertEquals(Profile.PUPIL, _exports.get(0).profile().get());

		ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

		download.body().writeTo(outputStream);

		List<String> lines = List.of(
			outputStream.toString(StandardCharsets.UTF_8).split("\n"));

		Assertions.assertEquals(3, lines.size());
		Assertions.assertTrue(
			lines.get(0).startsWith("Identifiant|Nom|Prénom|Profil|"),
			lines.get(0));
		Assertions.assertEquals(
			"alice.martin|Martin|Alice|pupil|0310001A|3A|||active|AAF|P1",
			lines.get(1));
		Assertions.assertTrue(lines.get(2).startsWith("|Martin|Zoé|"));
	}

	@Test
	public void givenABadCriterionOrNoRight_thenAnErrorPageAndNothingExported() {
		Assertions.assertEquals(
			WebResponse.UNPROCESSABLE,
			_handle(Map.of("uai", "0310001A", "state", "gone")).status());

		_denied = true;

		WebResponse response = _handle(Map.of("uai", "0310001A"));

		Assertions.assertEquals(WebResponse.FORBIDDEN, response.status());
		Assertions.assertTrue(response.download().isEmpty());
		Assertions.assertTrue(_exports.isEmpty());
	}

	private WebResponse _handle(Map<String, String> parameters) {
		return new DirectoryExportController(
			new ExportOnly(), DirectoryControllerTest._getEstablishmentOverview(),
			(header, rows, outputStream) -> {

				// A plain writer: the CSV format itself is the host's, tested with it

				List<String> lines = new ArrayList<>();

				lines.add(String.join("|", header));

				rows.forEach(row -> lines.add(String.join("|", row)));

				outputStream.write(
					String.join(
						"\n", lines
					).getBytes(
						StandardCharsets.UTF_8
					));
			},
			new Messages()
		).handle(
			DirectoryControllerTest._request(parameters)
		);
	}

	private boolean _denied;
	private final List<DirectorySearch> _exports = new ArrayList<>();

	private class ExportOnly implements SearchDirectory {

		@Override
		public UserCard card(Actor actor, String externalId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Export export(Actor actor, DirectorySearch search) {
			if (_denied) {
				throw new AccessDeniedException("not an administrator");
			}

			_exports.add(search);

			return consumer -> {
				consumer.accept(
					new DirectoryEntry(
						DirectoryControllerTest._person("P1", "Martin", "Alice"),
						"alice.martin"));
				consumer.accept(
					new DirectoryEntry(
						DirectoryControllerTest._person("P2", "Martin", "Zoé"),
						null));
			};
		}

		@Override
		public List<Level> levels(Actor actor, Uai uai) {
			throw new UnsupportedOperationException();
		}

		@Override
		public DirectoryPage search(Actor actor, DirectorySearch search) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<Subject> subjectsTaught(Actor actor, Uai uai) {
			throw new UnsupportedOperationException();
		}

	}

}
