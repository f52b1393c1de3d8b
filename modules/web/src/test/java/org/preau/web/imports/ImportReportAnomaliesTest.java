package org.preau.web.imports;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.port.in.GetImportJobs;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.port.in.ImportCommand;
import org.preau.core.imports.report.ImportReportJson;
import org.preau.core.imports.service.ImportService;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;
import org.preau.store.jdbc.H2Database;
import org.preau.store.jdbc.JdbcStore;
import org.preau.web.http.Urls;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.i18n.Messages;
import org.preau.web.view.PageRenderer;
import org.preau.web.view.TemplateRenderer;

/**
 * Anomalies read in the user's language on a job's report, from their codes and arguments, while the JSON report
 * keeps the machine codes: a dry run, on H2, of a feed with a pupil without a class and a parent without an e-mail.
 */
public class ImportReportAnomaliesTest {

	@BeforeEach
	public void setUp() {
		_h2Database = H2Database.inMemory("anomalies");

		Clock clock = Clock.fixed(_NOW, ZoneOffset.UTC);

		JdbcStore store = new JdbcStore(_h2Database.dataSource(), clock);

		_importReport = new ImportService(
			store.establishments(), store.people(), store.structures(),
			store.links(), store.importRuns(), store.directoryState(),
			store.directoryUpdates(), store.transactions(),
			new Auditor(store.auditLog(), clock), clock,
			LifecyclePolicy.defaults()
		).run(
			Actor.system(), ImportCommand.dryRun(_feed(), Source.AAF)
		);
	}

	@AfterEach
	public void tearDown() {
		_h2Database.close();
	}

	@Test
	public void givenAReportWithAnomalies_thenTheJsonKeepsTheirCodesAndArguments() {
		String json = ImportReportJson.toJson(_importReport);

		Assertions.assertTrue(
			json.contains(
				"\"code\":\"pupil_without_class\",\"arguments\":[" +
					"\"Éloïse D'Aubigné (1001)\"]"),
			json);
		Assertions.assertTrue(
			json.contains("\"code\":\"parent_without_email\""), json);
	}

	@Test
	public void givenAReportWithAnomalies_whenShownInEnglish_thenTheyReadInEnglish() {
		Document document = _renderJob(Locale.ENGLISH);

		Assertions.assertEquals(
			"Pupil without a class — Éloïse D'Aubigné (1001) has no class.",
			document.select(
				"li[data-code=anomaly-message-pupil-without-class]"
			).text());
	}

	@Test
	public void givenAReportWithAnomalies_whenShownInFrench_thenTheyReadInFrench() {
		Document document = _renderJob(Locale.FRANCE);

		Assertions.assertEquals(
			"Éloïse D'Aubigné (1001) n'a pas de classe.",
			document.select(
				"li[data-code=anomaly-message-pupil-without-class]"
			).text(
			).replaceFirst(
				"^.* — ", ""
			));
		Assertions.assertEquals(
			"Marie <b>Dupont</b> (2001) n'a pas d'adresse e-mail.",
			document.select(
				"li[data-code=anomaly-message-parent-without-email]"
			).text(
			).replaceFirst(
				"^.* — ", ""
			));
		Assertions.assertTrue(
			document.select(".preau-import-anomalies b").isEmpty(),
			"arguments are escaped");
	}

	private DirectorySnapshot _feed() {
		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		directorySnapshot.establishment(
			new Establishment(
				_UAI, "Collège Jean Moulin", EstablishmentKind.COLLEGE,
				"Toulouse"));
		directorySnapshot.person(
			Person.builder(
			).externalId(
				"1001"
			).firstName(
				"Éloïse"
			).lastName(
				"D'Aubigné"
			).profile(
				Profile.PUPIL
			).source(
				Source.AAF
			).uai(
				_UAI
			).build());
		directorySnapshot.person(
			Person.builder(
			).externalId(
				"2001"
			).firstName(
				"Marie"
			).lastName(
				"<b>Dupont</b>"
			).profile(
				Profile.PARENT
			).source(
				Source.AAF
			).uai(
				_UAI
			).build());

		return directorySnapshot;
	}

	private Document _renderJob(Locale locale) {
		ImportJob importJob = ImportJob.queued(
			"job-1", Set.of(_UAI), "dane.admin", "ENT_0310001A_Complet.zip",
			true, _NOW
		).running(
			1
		).progressed(
			_importReport
		).succeeded(
			List.of(), _NOW
		);

		WebRequest webRequest = _request(locale);

		WebResponse webResponse = new ImportJobController(
			new GetImportJobs() {

				@Override
				public Optional<ImportJob> get(Actor actor, String id) {
					return Optional.of(importJob);
				}

				@Override
				public List<ImportJob> ofEstablishment(
					Actor actor, Uai uai, int limit) {

					return List.of(importJob);
				}

			},
			true, ZoneId.of("Europe/Paris")
		).handle(
			webRequest
		);

		StringWriter stringWriter = new StringWriter();

		new PageRenderer(
			new TemplateRenderer(), new Messages()
		).render(
			webRequest, webResponse, false, stringWriter
		);

		return Jsoup.parse(stringWriter.toString());
	}

	private WebRequest _request(Locale locale) {
		Actor actor = Actor.of(
			"dane.admin", "DANE", Set.of(AdminGrant.establishment(_UAI)));

		return new WebRequest() {

			@Override
			public Optional<Actor> actor() {
				return Optional.of(actor);
			}

			@Override
			public String csrfToken() {
				return "csrf-123";
			}

			@Override
			public Locale locale() {
				return locale;
			}

			@Override
			public String method() {
				return "GET";
			}

			@Override
			public Optional<String> parameter(String name) {
				return Optional.ofNullable(Map.of("id", "job-1").get(name));
			}

			@Override
			public List<String> parameters(String name) {
				return parameter(
					name
				).map(
					List::of
				).orElse(
					List.of()
				);
			}

			@Override
			public Urls urls() {
				return new Urls() {

					@Override
					public String action(
						String route, Map<String, String> parameters) {

						return route;
					}

					@Override
					public String page(
						String route, Map<String, String> parameters) {

						return route;
					}

					@Override
					public String staticFile(String name) {
						return name;
					}

				};
			}

		};
	}

	private static final Instant _NOW = Instant.parse("2026-09-15T08:00:00Z");

	private static final Uai _UAI = Uai.of("0310001A");

	private H2Database _h2Database;
	private ImportReport _importReport;

}
