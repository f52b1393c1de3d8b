package org.preau.web.overview;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.audit.model.AuditEvent;
import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.ImportRunStatus;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.service.EstablishmentOverviewService;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;
import org.preau.web.http.Urls;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.i18n.Messages;
import org.preau.web.view.PageRenderer;
import org.preau.web.view.TemplateRenderer;

public class EstablishmentOverviewControllerTest {

	@Test
	public void givenAdministratorOfTheSchool_thenCountsAreShownAndNamesEscaped() {
		Document document = _render(
			_request(_admin(AdminGrant.establishment(_UAI)), null, Locale.FRANCE),
			false);

		Assertions.assertEquals(
			"612", document.select("[data-count=pupil] .preau-count").text());
		Assertions.assertEquals(
			"1034", document.select("[data-count=parent] .preau-count").text());
		Assertions.assertEquals(
			"24", document.select("[data-count=classes] .preau-count").text());
		Assertions.assertEquals(
			"Collège <Marie> Curie & Cie",
			document.select(".preau-establishment-name").text());
		Assertions.assertTrue(document.select("script").isEmpty());
		Assertions.assertEquals(
			"Vue d'ensemble de l'établissement",
			document.select("main h1").text());
		Assertions.assertTrue(
			document.select(".preau-last-import").text().contains("AAF"));
		Assertions.assertEquals(
			"csrf-123",
			document.select("form.preau-logout input[name=csrfToken]").val());
		Assertions.assertEquals(
			EstablishmentOverviewService.ACTION, _auditLog.get(0).action());
		Assertions.assertEquals(Outcome.SUCCESS, _auditLog.get(0).outcome());
	}

	@Test
	public void givenAdministratorOfAnotherSchool_thenForbiddenAndAudited() {
		WebResponse response = _controller().handle(
			_request(
				_admin(AdminGrant.establishment(Uai.of("0310002B"))),
				_UAI.value(), Locale.FRANCE));

		Assertions.assertEquals(WebResponse.FORBIDDEN, response.status());
		Assertions.assertEquals(Outcome.DENIED, _auditLog.get(0).outcome());
	}

	@Test
	public void givenAnonymousVisitor_thenForbidden() {
		WebResponse response = _controller().handle(
			_request(null, _UAI.value(), Locale.FRANCE));

		Assertions.assertEquals(WebResponse.FORBIDDEN, response.status());
	}

	@Test
	public void givenHostileUaiParameter_thenUnprocessableAndEscaped() {
		Document document = _render(
			_request(
				_admin(AdminGrant.platform()), "<img src=x onerror=alert(1)>",
				Locale.ENGLISH),
			true);

		Assertions.assertTrue(document.select("img").isEmpty());
		Assertions.assertTrue(
			document.text().contains("<img src=x onerror=alert(1)>"),
			document.text());
	}

	@Test
	public void givenPortalHost_thenOnlyTheFragmentIsRendered() {
		Document document = _render(
			_request(_admin(AdminGrant.platform()), null, Locale.ENGLISH),
			true);

		Assertions.assertTrue(document.select("header.preau-topbar").isEmpty());
		Assertions.assertEquals(
			"Pupils",
			document.select("[data-count=pupil] .preau-count-label").text());
	}

	@Test
	public void givenUnknownUai_thenNotFound() {
		WebResponse response = _controller().handle(
			_request(_admin(AdminGrant.platform()), "0999999Z", Locale.FRANCE));

		Assertions.assertEquals(WebResponse.NOT_FOUND, response.status());
	}

	private Actor _admin(AdminGrant grant) {
		return Actor.of("admin.test", "Admin Test", Set.of(grant));
	}

	private EstablishmentOverviewController _controller() {
		Establishment establishment = new Establishment(
			_UAI, "Collège <Marie> Curie & Cie", EstablishmentKind.COLLEGE,
			"Toulouse");

		Map<Profile, Integer> people = new EnumMap<>(Profile.class);

		people.put(Profile.PUPIL, 612);
		people.put(Profile.PARENT, 1034);
		people.put(Profile.TEACHER, 41);
		people.put(Profile.STAFF, 12);

		Clock clock = Clock.fixed(
			Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC);

		EstablishmentOverviewService service = new EstablishmentOverviewService(
			new org.preau.core.directory.port.out.Establishments() {

				@Override
				public Optional<Establishment> find(Uai uai) {
					return uai.equals(_UAI) ? Optional.of(establishment) :
						Optional.empty();
				}

				@Override
				public List<Establishment> list() {
					return List.of(establishment);
				}

				@Override
				public void save(Establishment establishment) {
					throw new UnsupportedOperationException();
				}

			},
			uai -> new DirectoryCounts(people, 24, 9, 980, 310),
			new org.preau.core.directory.port.out.ImportRuns() {

				@Override
				public List<ImportRun> history(Uai uai, int limit) {
					return Collections.emptyList();
				}

				@Override
				public Optional<ImportRun> latest(Uai uai) {
					return Optional.of(
						new ImportRun(
							1, uai, Source.AAF, "system", clock.instant(),
							clock.instant(), ImportRunStatus.SUCCEEDED, 2000,
							"1699 people"));
				}

				@Override
				public ImportRun save(ImportRun importRun) {
					throw new UnsupportedOperationException();
				}

			},
			new Auditor(
				new org.preau.core.audit.port.out.AuditLog() {

					@Override
					public List<AuditEvent> latest(int limit) {
						return _auditLog;
					}

					@Override
					public void record(AuditEvent event) {
						_auditLog.add(event);
					}

				},
				clock));

		return new EstablishmentOverviewController(
			service, ZoneId.of("Europe/Paris"));
	}

	private Document _render(WebRequest request, boolean fragment) {
		WebResponse response = _controller().handle(request);

		StringWriter writer = new StringWriter();

		new PageRenderer(
			new TemplateRenderer(), new Messages()
		).render(
			request, response, fragment, writer
		);

		return Jsoup.parse(writer.toString());
	}

	private WebRequest _request(Actor actor, String uai, Locale locale) {
		return new WebRequest() {

			@Override
			public Optional<Actor> actor() {
				return Optional.ofNullable(actor);
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
				if (name.equals("uai")) {
					return Optional.ofNullable(uai);
				}

				return Optional.empty();
			}

			@Override
			public List<String> parameters(String name) {
				return parameter(name).map(List::of).orElse(List.of());
			}

			@Override
			public Urls urls() {
				return new Urls() {

					@Override
					public String action(
						String route, Map<String, String> parameters) {

						return "/o/preau" + route;
					}

					@Override
					public String page(
						String route, Map<String, String> parameters) {

						return "/o/preau" + route;
					}

					@Override
					public String staticFile(String name) {
						return "/o/preau/static/" + name;
					}

				};
			}

		};
	}

	private static final Uai _UAI = Uai.of("0310001A");

	private final List<AuditEvent> _auditLog = new ArrayList<>();

}
