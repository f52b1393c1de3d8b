package org.preau.web.directory;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.EstablishmentOverview;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.PeoplePage;
import org.preau.core.directory.model.PeopleQuery;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.in.BrowseDirectory;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;
import org.preau.web.http.Urls;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.i18n.Messages;
import org.preau.web.view.PageRenderer;
import org.preau.web.view.TemplateRenderer;

public class DirectoryControllerTest {

	@Test
	public void givenClassFilter_thenQueryCarriesItAndRowsAreEscaped() {
		Document document = _render(
			Map.of("uai", "0310001A", "class", "3A", "page", "0"));

		Assertions.assertEquals("3A", _queries.get(0).classCode().get());
		Assertions.assertEquals(
			DirectoryController.PAGE_SIZE, _queries.get(0).pageSize());
		Assertions.assertEquals(
			"<b>Martin</b>",
			document.select("tr[data-id=P1] td").first().text());
		Assertions.assertTrue(document.select("tbody b").isEmpty());
		Assertions.assertEquals(
			"3A", document.select("select#class option[selected]").val());
		Assertions.assertEquals(
			"/o/preau/directory?class=3A&page=1&uai=0310001A",
			document.select("a[rel=next]").attr("href"));
		Assertions.assertTrue(document.select("a[rel=prev]").isEmpty());
	}

	@Test
	public void givenOutOfRangePage_thenUnprocessableAndNothingQueried() {
		WebResponse response = _controller().handle(
			_request(Map.of("uai", "0310001A", "page", "-1")));

		Assertions.assertEquals(WebResponse.UNPROCESSABLE, response.status());
		Assertions.assertTrue(_queries.isEmpty());

		response = _controller().handle(
			_request(Map.of("uai", "0310001A", "page", "x")));

		Assertions.assertEquals(WebResponse.UNPROCESSABLE, response.status());

		response = _controller().handle(
			_request(Map.of("uai", "0310001A", "profile", "root")));

		Assertions.assertEquals(WebResponse.UNPROCESSABLE, response.status());
		Assertions.assertTrue(_queries.isEmpty());
	}

	private DirectoryController _controller() {
		Establishment establishment = new Establishment(
			Uai.of("0310001A"), "Collège Marie Curie", EstablishmentKind.COLLEGE,
			"Toulouse");

		return new DirectoryController(
			new BrowseDirectory() {

				@Override
				public PeoplePage browse(Actor actor, PeopleQuery query) {
					_queries.add(query);

					Person person = Person.builder(
					).classCode(
						"3A"
					).externalId(
						"P1"
					).firstName(
						"Alice"
					).lastName(
						"<b>Martin</b>"
					).profile(
						Profile.PUPIL
					).source(
						Source.AAF
					).uai(
						query.uai()
					).build();

					return new PeoplePage(List.of(person), 120, query);
				}

				@Override
				public List<SchoolClass> classes(Actor actor, Uai uai) {
					return List.of(
						new SchoolClass(uai, "3A", null),
						new SchoolClass(uai, "3B", null));
				}

				@Override
				public List<Group> groups(Actor actor, Uai uai) {
					return List.of(new Group(uai, "LATIN", Set.of("3A")));
				}

			},
			new GetEstablishmentOverview() {

				@Override
				public List<Establishment> administeredBy(Actor actor) {
					return List.of(establishment);
				}

				@Override
				public EstablishmentOverview overview(Actor actor, Uai uai) {
					throw new UnsupportedOperationException();
				}

			});
	}

	private Document _render(Map<String, String> parameters) {
		WebRequest request = _request(parameters);

		StringWriter writer = new StringWriter();

		new PageRenderer(
			new TemplateRenderer(), new Messages()
		).render(
			request, _controller().handle(request), false, writer
		);

		return Jsoup.parse(writer.toString());
	}

	private WebRequest _request(Map<String, String> parameters) {
		return new WebRequest() {

			@Override
			public Optional<Actor> actor() {
				return Optional.of(
					Actor.of(
						"admin", "Admin", Set.of(AdminGrant.platform())));
			}

			@Override
			public String csrfToken() {
				return "csrf";
			}

			@Override
			public Locale locale() {
				return Locale.FRANCE;
			}

			@Override
			public String method() {
				return "GET";
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

						StringBuilder sb = new StringBuilder("/o/preau" + route);
						char separator = '?';

						for (Map.Entry<String, String> entry :
								new java.util.TreeMap<>(parameters).entrySet()) {

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
						return "/o/preau/static/" + name;
					}

				};
			}

		};
	}

	private final List<PeopleQuery> _queries = new ArrayList<>();

}
