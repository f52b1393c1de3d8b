package org.preau.web.imports;

import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.audit.model.AuditEvent;
import org.preau.core.audit.port.out.AuditLog;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.EstablishmentOverview;
import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.ImportRunStatus;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.directory.port.out.ImportRuns;
import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.ImportJobInput;
import org.preau.core.imports.job.service.ImportJobService;
import org.preau.core.imports.job.service.MemoryImportJobs;
import org.preau.core.imports.model.ActionKind;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.EstablishmentReport;
import org.preau.core.imports.model.ImportReport;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;
import org.preau.web.http.Upload;
import org.preau.web.http.Urls;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.i18n.Messages;
import org.preau.web.view.PageRenderer;
import org.preau.web.view.TemplateRenderer;

public class ImportsControllerTest {

	@Test
	public void givenAppliedJobThatEnded_thenTheHistoryLinksItsRunToTheJobsReport() {
		String id = _redirectedJobId(
			_importsController().handle(_post(Map.of("apply", "true"), true)));

		_runQueuedWork();

		Document document = _render(
			_importsController().handle(_get(Map.of())), _get(Map.of()));

		Assertions.assertEquals(
			"/preau/imports/job?id=" + id,
			document.select(
				".preau-import-history a.preau-run-report"
			).attr(
				"href"
			));
		Assertions.assertEquals(
			"SUCCEEDED",
			document.select(".preau-import-jobs tbody tr").attr("data-state"));
		Assertions.assertEquals(
			"csrf-123",
			document.select(
				"form.preau-drop-folder input[name=csrfToken]"
			).val());
	}

	@Test
	public void givenFailedJob_thenItsReasonIsShownEscapedAndThePageStopsRefreshing() {
		_input = new Input(
			() -> {
				throw new IllegalArgumentException(
					"Eleve.xml:2:1: <script>alert(1)</script>");
			});

		String id = _redirectedJobId(
			_importsController().handle(_post(Map.of(), true)));

		_runQueuedWork();

		Document document = _renderJob(id);

		Assertions.assertEquals(
			"FAILED", document.select(".preau-import-job").attr("data-state"));
		Assertions.assertTrue(document.select("script").isEmpty());
		Assertions.assertTrue(
			document.select(
				".preau-alert-error"
			).text(
			).contains(
				"Eleve.xml:2:1: <script>alert(1)</script>"
			));
		Assertions.assertTrue(
			document.select("meta[http-equiv=refresh]").isEmpty());
	}

	@Test
	public void givenJobOfAnotherEstablishment_thenNotFound() {
		String id = _redirectedJobId(
			_importsController().handle(_post(Map.of(), true)));

		_actor = Actor.of(
			"other", "Other",
			Set.of(AdminGrant.establishment(Uai.of("0310002B"))));

		Assertions.assertEquals(
			WebResponse.NOT_FOUND,
			_jobController().handle(_get(Map.of("id", id))).status());
	}

	@Test
	public void givenQueuedJob_whenASecondIsSent_thenConflictWithTheReason() {
		_importsController().handle(_post(Map.of(), true));

		WebResponse webResponse = _importsController().handle(
			_post(Map.of(), true));

		Assertions.assertEquals(
			ImportsController.CONFLICT, webResponse.status());

		Document document = _render(webResponse, _get(Map.of()));

		Assertions.assertTrue(
			document.text().contains("0310001A is already queued or running"),
			document.text());
	}

	@Test
	public void givenRunningJob_thenItsPageRefreshesItselfAndShowsItsProgress() {
		String id = _redirectedJobId(
			_importsController().handle(_post(Map.of(), true)));

		Document document = _renderJob(id);

		Assertions.assertEquals(
			"QUEUED", document.select(".preau-import-job").attr("data-state"));
		Assertions.assertEquals(
			"2", document.select("meta[http-equiv=refresh]").attr("content"));
		Assertions.assertTrue(document.select(".preau-import-result").isEmpty());
		Assertions.assertTrue(document.select(".preau-report-json").isEmpty());
	}

	@Test
	public void givenSentFiles_thenTheJobIsQueuedAndTheAnswerRedirectsToItsPageWhichEndsWithTheReport() {
		WebResponse webResponse = _importsController().handle(
			_post(Map.of(), true));

		Assertions.assertEquals(303, webResponse.status());

		String id = _redirectedJobId(webResponse);

		_runQueuedWork();

		Document document = _renderJob(id);

		Assertions.assertEquals(
			"SUCCEEDED",
			document.select(".preau-import-job").attr("data-state"));
		Assertions.assertEquals(
			"true", document.select(".preau-import-result").attr("data-dry-run"));
		Assertions.assertEquals(
			1,
			document.select(
				"article.preau-import-report[data-source=SIECLE]"
			).size());
		Assertions.assertEquals(
			"/preau/imports/report?id=" + id,
			document.select("a.preau-report-json").attr("href"));
		Assertions.assertTrue(
			document.select("meta[http-equiv=refresh]").isEmpty());
	}

	@Test
	public void givenNoFileAndNoDropFolder_thenUnprocessable() {
		Assertions.assertEquals(
			WebResponse.UNPROCESSABLE,
			_importsController().handle(_post(Map.of(), false)).status());

		_hasDropFolder = false;

		Assertions.assertEquals(
			WebResponse.UNPROCESSABLE,
			_importsController().handle(
				_post(Map.of("source", "drop-folder"), false)
			).status());
		Assertions.assertTrue(_work.isEmpty());
	}

	private ImportsController _importsController() {
		return new ImportsController(
			_importJobService, _importJobService,
			(actor, uai, limit) -> List.copyOf(_importRuns),
			new GetEstablishmentOverview() {

				@Override
				public List<Establishment> administeredBy(Actor actor) {
					return List.of(
						new Establishment(
							_UAI, "Collège", EstablishmentKind.COLLEGE,
							"Toulouse"));
				}

				@Override
				public EstablishmentOverview overview(Actor actor, Uai uai) {
					throw new UnsupportedOperationException();
				}

			},
			new ImportInputs() {

				@Override
				public Optional<ImportJobInput> dropFolder(Uai uai) {
					return _hasDropFolder ? Optional.of(_input) :
						Optional.empty();
				}

				@Override
				public boolean hasDropFolder() {
					return _hasDropFolder;
				}

				@Override
				public boolean keepsJsonReports() {
					return true;
				}

				@Override
				public ImportJobInput uploads(List<Upload> uploads) {
					return _input;
				}

			},
			_ZONE_ID);
	}

	private WebRequest _get(Map<String, String> parameters) {
		return _request("GET", parameters, false);
	}

	private ImportJobController _jobController() {
		return new ImportJobController(_importJobService, true, _ZONE_ID);
	}

	private WebRequest _post(Map<String, String> parameters, boolean files) {
		return _request("POST", parameters, files);
	}

	private String _redirectedJobId(WebResponse webResponse) {
		String location = webResponse.redirectLocation().orElseThrow();

		Assertions.assertTrue(
			location.startsWith("/preau/imports/job?id="), location);

		return location.substring("/preau/imports/job?id=".length());
	}

	private Document _render(WebResponse webResponse, WebRequest webRequest) {
		StringWriter writer = new StringWriter();

		new PageRenderer(
			new TemplateRenderer(), new Messages()
		).render(
			webRequest, webResponse, false, writer
		);

		return Jsoup.parse(writer.toString());
	}

	private Document _renderJob(String id) {
		WebRequest webRequest = _get(Map.of("id", id));

		return _render(_jobController().handle(webRequest), webRequest);
	}

	private WebRequest _request(
		String method, Map<String, String> parameters, boolean files) {

		Actor actor = _actor;

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
				return Locale.ENGLISH;
			}

			@Override
			public String method() {
				return method;
			}

			@Override
			public Optional<String> parameter(String name) {
				return Optional.ofNullable(parameters.get(name));
			}

			@Override
			public List<String> parameters(String name) {
				return parameter(name).map(List::of).orElse(List.of());
			}

			@Override
			public List<Upload> uploads(String name) {
				if (!files) {
					return List.of();
				}

				return List.of(new Upload(_UPLOAD));
			}

			@Override
			public Urls urls() {
				return new Urls() {

					@Override
					public String action(
						String route, Map<String, String> parameters) {

						return page(route, parameters);
					}

					@Override
					public String page(
						String route, Map<String, String> parameters) {

						StringBuilder sb = new StringBuilder("/preau" + route);

						char separator = '?';

						for (Map.Entry<String, String> entry :
								new TreeMap<>(parameters).entrySet()) {

							sb.append(separator);
							sb.append(entry.getKey());
							sb.append('=');
							sb.append(entry.getValue());

							separator = '&';
						}

						return sb.toString();
					}

					@Override
					public String staticFile(String name) {
						return "/preau/static/" + name;
					}

				};
			}

		};
	}

	private void _runQueuedWork() {
		List<Runnable> work = new ArrayList<>(_work);

		_work.clear();

		work.forEach(Runnable::run);
	}

	private static DirectorySnapshot _snapshot() {
		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		directorySnapshot.establishment(
			new Establishment(
				_UAI, "Collège", EstablishmentKind.COLLEGE, "Toulouse"));
		directorySnapshot.person(
			Person.builder(
			).externalId(
				"1"
			).firstName(
				"Prénom"
			).lastName(
				"Nom"
			).profile(
				Profile.PUPIL
			).source(
				Source.SIECLE
			).uai(
				_UAI
			).build());

		return directorySnapshot;
	}

	private static final Instant _NOW = Instant.parse("2026-09-15T08:00:00Z");

	private static final Uai _UAI = Uai.of("0310001A");

	private static final Path _UPLOAD = Paths.get("ElevesSansAdresses.xml");

	private static final ZoneId _ZONE_ID = ZoneId.of("Europe/Paris");

	private Actor _actor = Actor.of(
		"admin", "Admin", Set.of(AdminGrant.establishment(_UAI)));
	private boolean _hasDropFolder = true;
	private final List<ImportRun> _importRuns = new ArrayList<>();
	private Input _input = new Input(ImportsControllerTest::_snapshot);
	private final List<Runnable> _work = new ArrayList<>();
	private final ImportJobService _importJobService = new ImportJobService(
		(actor, command) -> {
			if (!command.dryRun()) {
				_importRuns.add(
					new ImportRun(
						41, _UAI, command.source(), actor.login(), _NOW, _NOW,
						ImportRunStatus.SUCCEEDED, 1, "create 1"));
			}

			return new ImportReport(
				command.source(), command.dryRun(), Map.of(),
				List.of(
					new EstablishmentReport(
						_UAI,
						new DirectoryCounts(
							Map.of(Profile.PUPIL, 1), 0, 0, 0, 0),
						Map.of(ActionKind.CREATE, 1), List.of())),
				List.of());
		},
		new MemoryImportJobs(10), (importJob, work) -> _work.add(work),
		new ImportRuns() {

			@Override
			public List<ImportRun> history(Uai uai, int limit) {
				return List.copyOf(_importRuns);
			}

			@Override
			public Optional<ImportRun> latest(Uai uai) {
				return Optional.empty();
			}

			@Override
			public ImportRun save(ImportRun importRun) {
				return importRun;
			}

		},
		new Auditor(
			new AuditLog() {

				@Override
				public List<AuditEvent> latest(int limit) {
					return List.of();
				}

				@Override
				public void record(AuditEvent event) {
				}

			},
			Clock.fixed(_NOW, ZoneOffset.UTC)),
		Clock.fixed(_NOW, ZoneOffset.UTC));

	private static class Input implements ImportJobInput {

		@Override
		public String description() {
			return "[ElevesSansAdresses.xml]";
		}

		@Override
		public DirectorySnapshot read() {
			return _reader.get();
		}

		@Override
		public void stage(String jobId) {
		}

		private Input(Supplier<DirectorySnapshot> reader) {
			_reader = reader;
		}

		private final Supplier<DirectorySnapshot> _reader;

	}

}
