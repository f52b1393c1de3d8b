package org.preau.web.directory;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.DirectoryPage;
import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.EstablishmentOverview;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.PeoplePage;
import org.preau.core.directory.model.PeopleQuery;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.model.UserCard;
import org.preau.core.directory.port.in.BrowseDirectory;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.directory.port.in.SearchDirectory;
import org.preau.core.security.AccessDeniedException;
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
	public void givenEveryCriterion_thenTheSearchCarriesThemAndTheNextPageKeepsThem() {
		Map<String, String> parameters = new HashMap<>();

		parameters.put("uai", "0310001A");
		parameters.put("name", "Éloï");
		parameters.put("profile", "teacher");
		parameters.put("function", "ens");
		parameters.put("subject", "030201");
		parameters.put("level", "10110001110");
		parameters.put("class", "3A");
		parameters.put("group", "LATIN");
		parameters.put("state", "active");
		parameters.put("source", "aaf");
		parameters.put("page", "0");

		Document document = _render(parameters);

		DirectorySearch search = _searches.get(0);

		Assertions.assertEquals("eloi", search.namePrefix().get());
		Assertions.assertEquals(Profile.TEACHER, search.profile().get());
		Assertions.assertEquals(StaffFunction.ENS, search.function().get());
		Assertions.assertEquals("030201", search.subject().get());
		Assertions.assertEquals("10110001110", search.mefCode().get());
		Assertions.assertEquals("3A", search.classCode().get());
		Assertions.assertEquals("LATIN", search.groupCode().get());
		Assertions.assertEquals(PersonState.ACTIVE, search.state().get());
		Assertions.assertEquals(Source.AAF, search.source().get());
		Assertions.assertEquals(Set.of(_UAI), search.uais());
		Assertions.assertEquals(
			DirectoryController.PAGE_SIZE, search.pageSize());

		Assertions.assertEquals("Éloï", document.select("input#name").val());
		Assertions.assertEquals(
			"ENS", document.select("select#function option[selected]").val());
		Assertions.assertEquals(
			"030201", document.select("select#subject option[selected]").val());
		Assertions.assertEquals(
			"ANGLAIS LV1 (030201)",
			document.select("select#subject option[selected]").text());
		Assertions.assertEquals(
			"10110001110",
			document.select("select#level option[selected]").val());
		Assertions.assertEquals(
			"/o/preau/directory?class=3A&function=ENS&group=LATIN&" +
				"level=10110001110&name=Éloï&page=1&profile=teacher&" +
					"source=aaf&state=active&subject=030201&uai=0310001A",
			document.select("a[rel=next]").attr("href"));
		Assertions.assertEquals(
			"/o/preau/directory/export?class=3A&function=ENS&group=LATIN&" +
				"level=10110001110&name=Éloï&profile=teacher&source=aaf&" +
					"state=active&subject=030201&uai=0310001A",
			document.select("a.preau-export").attr("href"));
		Assertions.assertTrue(document.select("a[rel=prev]").isEmpty());
	}

	@Test
	public void givenAPage_thenLoginFirstEscapedWithALinkToTheCard() {
		Document document = _render(Map.of("uai", "0310001A"));

		Assertions.assertEquals(
			List.of("Identifiant", "Nom", "Prénom"),
			document.select(
				"table.preau-directory th"
			).eachText(
			).subList(
				0, 3
			));
		Assertions.assertEquals(
			List.of("alice.martin", "<b>Martin</b>", "Alice"),
			document.select(
				"tr[data-id=P1] td"
			).eachText(
			).subList(
				0, 3
			));
		Assertions.assertEquals(
			"", document.select("tr[data-id=P2] td").first().text());
		Assertions.assertTrue(document.select("tbody b").isEmpty());
		Assertions.assertEquals(
			"/o/preau/directory/card?id=P1&uai=0310001A",
			document.select("tr[data-id=P1] a").attr("href"));
		Assertions.assertEquals(
			"1 à 2 sur 120 personnes",
			document.select(".preau-result-count").text());
	}

	@Test
	public void givenOutOfRangeOrUnknownValues_thenUnprocessableAndNothingSearched() {
		for (Map<String, String> parameters :
				List.of(
					Map.of("page", "-1"), Map.of("page", "x"),
					Map.of("page", "100001"), Map.of("profile", "root"),
					Map.of("function", "boss"), Map.of("state", "asleep"),
					Map.of("source", "gossip"), Map.of("name", "x".repeat(101)),
					Map.of("class", "3A\u0000"), Map.of("uai", "nowhere"))) {

			Map<String, String> withUai = new HashMap<>(parameters);

			withUai.putIfAbsent("uai", "0310001A");

			WebResponse response = _controller().handle(_request(withUai));

			Assertions.assertEquals(
				WebResponse.UNPROCESSABLE, response.status(),
				parameters.toString());
		}

		Assertions.assertTrue(_searches.isEmpty());
	}

	@Test
	public void givenAnEstablishmentTheUserDoesNotAdminister_thenForbidden() {
		_denied = true;

		WebResponse response = _controller().handle(
			_request(Map.of("uai", "0310001A")));

		Assertions.assertEquals(WebResponse.FORBIDDEN, response.status());
	}

	private DirectoryController _controller() {
		return new DirectoryController(
			new BrowseDirectory() {

				@Override
				public PeoplePage browse(Actor actor, PeopleQuery query) {
					throw new UnsupportedOperationException();
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
			new FakeSearchDirectory(), _getEstablishmentOverview());
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

	static WebRequest _request(Map<String, String> parameters) {
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

	static GetEstablishmentOverview _getEstablishmentOverview() {
		Establishment establishment = new Establishment(
			_UAI, "Collège Marie Curie", EstablishmentKind.COLLEGE, "Toulouse");

		return new GetEstablishmentOverview() {

			@Override
			public List<Establishment> administeredBy(Actor actor) {
				return List.of(establishment);
			}

			@Override
			public EstablishmentOverview overview(Actor actor, Uai uai) {
				throw new UnsupportedOperationException();
			}

		};
	}

	static Person _person(String id, String lastName, String firstName) {
		return Person.builder(
		).classCode(
			"3A"
		).externalId(
			id
		).firstName(
			firstName
		).lastName(
			lastName
		).profile(
			Profile.PUPIL
		).source(
			Source.AAF
		).uai(
			_UAI
		).build();
	}

	private static final Uai _UAI = Uai.of("0310001A");

	private boolean _denied;
	private final List<DirectorySearch> _searches = new ArrayList<>();

	/**
	 * The search use case as the controller sees it: it records each search and answers with a page of two people,
	 * one of whom has no login yet.
	 */
	private class FakeSearchDirectory implements SearchDirectory {

		@Override
		public UserCard card(Actor actor, String externalId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Export export(Actor actor, DirectorySearch search) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<Level> levels(Actor actor, Uai uai) {
			return List.of(new Level("10110001110", "3EME"));
		}

		@Override
		public DirectoryPage search(Actor actor, DirectorySearch search) {
			if (_denied) {
				throw new AccessDeniedException("not an administrator");
			}

			_searches.add(search);

			return new DirectoryPage(
				List.of(
					new DirectoryEntry(
						_person("P1", "<b>Martin</b>", "Alice"),
						"alice.martin"),
					new DirectoryEntry(_person("P2", "Martin", "Zoé"), null)),
				120, search);
		}

		@Override
		public List<Subject> subjectsTaught(Actor actor, Uai uai) {
			return List.of(new Subject("030201", "ANGLAIS LV1"));
		}

	}

}
