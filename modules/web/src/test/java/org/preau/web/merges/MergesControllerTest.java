package org.preau.web.merges;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
import org.preau.core.directory.service.EstablishmentOverviewService;
import org.preau.core.imports.model.DirectorySnapshot;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.port.in.ImportCommand;
import org.preau.core.imports.service.ImportService;
import org.preau.core.merges.service.PersonMergeService;
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
 * The merges page over the real services and store, on an H2 database in memory holding a collège whose feed lists
 * one pupil twice.
 */
public class MergesControllerTest {

	@BeforeEach
	public void setUp() {
		_h2Database = H2Database.inMemory("merges-page");

		Clock clock = Clock.fixed(_NOW, ZoneOffset.UTC);

		_store = new JdbcStore(_h2Database.dataSource(), clock);

		Auditor auditor = new Auditor(_store.auditLog(), clock);

		new ImportService(
			_store.establishments(), _store.people(), _store.structures(),
			_store.links(), _store.importRuns(), _store.directoryState(),
			_store.directoryUpdates(), _store.transactions(), auditor, clock,
			LifecyclePolicy.defaults()
		).run(
			Actor.system(), ImportCommand.apply(_feed(), Source.AAF)
		);

		PersonMergeService personMergeService = new PersonMergeService(
			_store.personMerges(), auditor, clock);

		_mergesController = new MergesController(
			personMergeService, personMergeService, personMergeService,
			new EstablishmentOverviewService(
				_store.establishments(), _store.countDirectory(),
				_store.importRuns(), auditor),
			ZoneId.of("Europe/Paris"));
	}

	@AfterEach
	public void tearDown() {
		_h2Database.close();
	}

	@Test
	public void givenAnAdministrator_whenTheyMergeThenUndo_thenThePageListsTheMergeAndItsUndoing() {
		Document document = _render(_get());

		Assertions.assertEquals(
			"csrf-123",
			document.select(
				"form.preau-merge input[name=csrfToken]"
			).val());
		Assertions.assertEquals(
			"No merge yet.", document.select(".preau-alert-info").text());

		WebResponse webResponse = _mergesController.handle(
			_post(
				Map.of(
					"absorbed", "1009", "action", "merge", "survivor", "1001",
					"uai", "0310001A")));

		Assertions.assertEquals(
			Optional.of("/preau/merges?uai=0310001A"),
			webResponse.redirectLocation());
		Assertions.assertTrue(_store.people().find("1009").isEmpty());

		document = _render(_get());

		String id = document.select(
			".preau-merges tbody tr"
		).attr(
			"data-merge"
		);

		Assertions.assertEquals(
			"1001",
			document.select(
				".preau-merges tbody td"
			).get(
				1
			).text());
		Assertions.assertEquals(
			id,
			document.select(
				"form.preau-unmerge input[name=id]"
			).val());

		webResponse = _mergesController.handle(
			_post(Map.of("action", "unmerge", "id", id, "uai", "0310001A")));

		Assertions.assertTrue(webResponse.redirectLocation().isPresent());
		Assertions.assertTrue(_store.people().find("1009").isPresent());

		document = _render(_get());

		Assertions.assertTrue(document.select("form.preau-unmerge").isEmpty());
		Assertions.assertTrue(
			document.select(
				".preau-merges tbody td"
			).get(
				4
			).text(
			).startsWith(
				"Undone on "
			));
	}

	@Test
	public void givenAnAdministratorOfAnotherEstablishment_whenTheyPostAMerge_thenItIsForbiddenAndNothingChanges() {
		_actor = Actor.of(
			"other", "Other",
			Set.of(AdminGrant.establishment(Uai.of("0310002B"))));

		WebResponse webResponse = _mergesController.handle(
			_post(
				Map.of(
					"absorbed", "1009", "action", "merge", "survivor", "1001",
					"uai", "0310001A")));

		Assertions.assertEquals(WebResponse.FORBIDDEN, webResponse.status());
		Assertions.assertTrue(_store.people().find("1009").isPresent());
	}

	@Test
	public void givenAnUnknownPerson_whenMerged_thenTheRefusalIsShownEscapedAndNothingChanges() {
		WebRequest webRequest = _post(
			Map.of(
				"absorbed", "<b>9999</b>", "action", "merge", "survivor",
				"1001", "uai", "0310001A"));

		WebResponse webResponse = _mergesController.handle(webRequest);

		Assertions.assertEquals(WebResponse.UNPROCESSABLE, webResponse.status());

		Document document = _render(webResponse, webRequest);

		Assertions.assertEquals(
			"The merge was refused, nothing changed: the directory holds no " +
				"person <b>9999</b>",
			document.select(".preau-alert-error").text());
		Assertions.assertTrue(document.select(".preau-alert-error b").isEmpty());
		Assertions.assertTrue(_store.people().find("1009").isPresent());
		Assertions.assertEquals(
			WebResponse.UNPROCESSABLE,
			_mergesController.handle(
				_post(Map.of("action", "unmerge", "id", "x", "uai", "0310001A"))
			).status());
	}

	private DirectorySnapshot _feed() {
		DirectorySnapshot directorySnapshot = new DirectorySnapshot();

		directorySnapshot.establishment(
			new Establishment(
				_UAI, "Collège Jean Moulin", EstablishmentKind.COLLEGE,
				"Toulouse"));

		for (String externalId : List.of("1001", "1009")) {
			directorySnapshot.person(
				Person.builder(
				).birthDate(
					LocalDate.of(2014, 3, 2)
				).externalId(
					externalId
				).firstName(
					"Éloïse"
				).ine(
					"123456789AB"
				).lastName(
					"D'Aubigné"
				).profile(
					Profile.PUPIL
				).source(
					Source.AAF
				).uai(
					_UAI
				).build());
		}

		return directorySnapshot;
	}

	private WebRequest _get() {
		return _request("GET", Map.of("uai", "0310001A"));
	}

	private WebRequest _post(Map<String, String> parameters) {
		return _request("POST", parameters);
	}

	private Document _render(WebRequest webRequest) {
		return _render(_mergesController.handle(webRequest), webRequest);
	}

	private Document _render(WebResponse webResponse, WebRequest webRequest) {
		StringWriter stringWriter = new StringWriter();

		new PageRenderer(
			new TemplateRenderer(), new Messages()
		).render(
			webRequest, webResponse, false, stringWriter
		);

		return Jsoup.parse(stringWriter.toString());
	}

	private WebRequest _request(String method, Map<String, String> parameters) {
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

	private static final Instant _NOW = Instant.parse("2026-09-15T08:00:00Z");

	private static final Uai _UAI = Uai.of("0310001A");

	private Actor _actor = Actor.of(
		"dane.admin", "DANE", Set.of(AdminGrant.establishment(_UAI)));
	private H2Database _h2Database;
	private MergesController _mergesController;
	private JdbcStore _store;

}
