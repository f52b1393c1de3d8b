package org.preau.web.directory;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.accounts.model.AccountState;
import org.preau.core.accounts.model.SuspensionEvent;
import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.DirectoryPage;
import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.model.UserCard;
import org.preau.core.directory.port.in.SearchDirectory;
import org.preau.core.messaging.model.MessagingDecision;
import org.preau.core.rights.model.AdminLevel;
import org.preau.core.rights.model.Delegation;
import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.PersonRights;
import org.preau.core.rights.model.RightsDecision;
import org.preau.core.rights.model.ServiceAction;
import org.preau.core.rights.port.in.ExplainDecisions;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.web.http.WebRequest;
import org.preau.web.http.WebResponse;
import org.preau.web.i18n.Messages;
import org.preau.web.view.PageRenderer;
import org.preau.web.view.TemplateRenderer;

public class UserCardControllerTest {

	@Test
	public void givenAParent_thenTheCardShowsTheLoginAndLinksToTheChildren() {
		Document document = _render("R1");

		Assertions.assertEquals("Marc <i>Dupont</i>", document.select("h1").text());
		Assertions.assertEquals(
			"marc.dupont", document.select("dd.preau-login").text());
		Assertions.assertEquals(
			List.of("leo.dupont", "Léo Dupont", "Élève", "3A",
				"Représentant légal", "20"),
			document.select("#children ~ table tbody tr").first().select(
				"td"
			).eachText());
		Assertions.assertEquals(
			"/o/preau/directory/card?id=P2",
			document.select("#children ~ table a").attr("href"));
		Assertions.assertTrue(document.select("#parents").isEmpty());
		Assertions.assertTrue(document.select("i").isEmpty());
	}

	@Test
	public void givenAHostWithoutTheExplainer_thenTheActionsAreNotLinks() {
		Document document = _render("R1", "");

		Assertions.assertEquals(
			List.of("Cahier de textes", "Consulter, Contribuer"),
			document.select(".preau-card-services tbody td").eachText());
		Assertions.assertTrue(
			document.select(".preau-card-services a").isEmpty());
	}

	@Test
	public void givenAPersonWithALogin_thenTheirServicesLinkToTheExplainerAndTheirAccountShowsItsSuspension() {
		Document document = _render("R1");

		Assertions.assertEquals(
			List.of(
				"/o/preau/explain?action=consult&login=marc.dupont" +
					"&service=cahier-de-textes",
				"/o/preau/explain?action=contribute&login=marc.dupont" +
					"&service=cahier-de-textes"),
			document.select(".preau-card-services a").eachAttr("href"));
		Assertions.assertEquals(
			List.of("establishment", "dane"),
			document.select(".preau-card-admin-levels li").eachAttr(
				"data-level"));
		Assertions.assertEquals(
			"Délégation DANE 0310001A · Jusqu'au 2026-12-31 01:00",
			document.select(".preau-card-admin-levels li").get(1).text());
		Assertions.assertEquals(
			"Suspendu : ne peut pas se connecter",
			document.select(".preau-account-state").text());
		Assertions.assertEquals(
			"Exclusion <temporaire>",
			document.select(".preau-suspension-reason").text());
		Assertions.assertEquals(
			"Aucune parmi les 0 dernières distributions de l'établissement",
			document.select(".preau-last-distribution").text());
	}

	@Test
	public void givenATeacherWithoutLogin_thenWhatTheyTeachAndNoLoginYet() {
		Document document = _render("T1");

		Assertions.assertEquals(
			"Pas encore d'identifiant",
			document.select("dd.preau-login").text());
		Assertions.assertEquals(
			List.of("3A", "ANGLAIS LV1", "Oui"),
			document.select("#teaching ~ table tbody td").eachText());
		Assertions.assertTrue(
			document.select("dd").eachText().contains("Enseignement"));
		Assertions.assertTrue(document.select("#services-and-rights").isEmpty());
		Assertions.assertTrue(document.select("#account").isEmpty());
	}

	@Test
	public void givenNobodyOrSomeoneElsewhere_thenNotFoundOrForbidden() {
		Assertions.assertEquals(
			WebResponse.NOT_FOUND,
			_handle(Map.of("id", "NOBODY")).status());
		Assertions.assertEquals(
			WebResponse.FORBIDDEN,
			_handle(Map.of("id", "ELSEWHERE")).status());
		Assertions.assertEquals(
			WebResponse.UNPROCESSABLE, _handle(Map.of()).status());
	}

	private static UserCardController _controller(String explainRoute) {
		return new UserCardController(
			new CardsOnly(), new RightsOfOne(),
			(actor, login) -> new AccountState(
				login, true,
				SuspensionEvent.suspension(
					Instant.parse("2026-11-02T08:30:00Z"), "admin", login, _UAI,
					"Exclusion <temporaire>", null),
				null, false, null, 0, true),
			explainRoute, ZoneId.of("Europe/Paris"));
	}

	private static WebResponse _handle(Map<String, String> parameters) {
		return _controller(
			"/explain"
		).handle(
			DirectoryControllerTest._request(parameters)
		);
	}

	private static Person.Builder _person(
		String id, String firstName, String lastName, Profile profile) {

		return Person.builder(
		).externalId(
			id
		).firstName(
			firstName
		).lastName(
			lastName
		).profile(
			profile
		).source(
			Source.AAF
		).uai(
			_UAI
		);
	}

	private static Document _render(String id) {
		return _render(id, "/explain");
	}

	private static Document _render(String id, String explainRoute) {
		WebRequest request = DirectoryControllerTest._request(Map.of("id", id));

		StringWriter writer = new StringWriter();

		new PageRenderer(
			new TemplateRenderer(), new Messages()
		).render(
			request, _controller(explainRoute).handle(request), false, writer
		);

		return Jsoup.parse(writer.toString());
	}

	private static final Uai _UAI = Uai.of("0310001A");

	/**
	 * The card use case as the controller sees it: a parent, a pupil and a teacher of one school, someone of a school
	 * the user does not administer, and nobody else.
	 */
	private static class CardsOnly implements SearchDirectory {

		@Override
		public UserCard card(Actor actor, String externalId) {
			DirectoryEntry pupil = new DirectoryEntry(
				_person(
					"P2", "Léo", "Dupont", Profile.PUPIL
				).classCode(
					"3A"
				).build(),
				"leo.dupont");
			DirectoryEntry parent = new DirectoryEntry(
				_person("R1", "Marc", "<i>Dupont</i>", Profile.PARENT).build(),
				"marc.dupont");
			ParentRelation parentRelation = new ParentRelation(
				_UAI, "R1", "P2", LegalLevel.LEGAL, "20");

			switch (externalId) {
				case "R1":
					return new UserCard(
						parent, null, List.of(), Map.of(), List.of(),
						List.of(new UserCard.Relative(pupil, parentRelation)));
				case "T1":
					return new UserCard(
						new DirectoryEntry(
							_person(
								"T1", "Anne", "Martin", Profile.TEACHER
							).function(
								StaffFunction.ENS
							).build(),
							null),
						null,
						List.of(
							new TeachingAssignment(
								_UAI, "T1", "3A", false, "030201", true)),
						Map.of("030201", "ANGLAIS LV1"), List.of(), List.of());
				case "ELSEWHERE":
					throw new AccessDeniedException("not an administrator");
				default:
					throw new NoSuchElementException(
						"nobody has the identifier " + externalId);
			}
		}

		@Override
		public Export export(Actor actor, DirectorySearch search) {
			throw new UnsupportedOperationException();
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

	/**
	 * The rights use case as the card sees it: whoever is asked about may consult and contribute to the cahier de
	 * textes, and administers the school by their own right and by a DANE delegation.
	 */
	private static class RightsOfOne implements ExplainDecisions {

		@Override
		public RightsDecision can(
			Actor actor, String login, String serviceKey,
			ServiceAction action) {

			throw new UnsupportedOperationException();
		}

		@Override
		public MessagingDecision canMessage(
			Actor actor, String fromLogin, String toLogin) {

			throw new UnsupportedOperationException();
		}

		@Override
		public PersonRights rightsOf(Actor actor, String login) {
			return new PersonRights(
				true,
				List.of(
					new EntService(
						"cahier-de-textes",
						EnumSet.of(
							ServiceAction.CONSULT, ServiceAction.CONTRIBUTE))),
				List.of(
					AdminLevel.ofEstablishment(_UAI),
					AdminLevel.ofDelegation(
						Delegation.dane(
							1, "dane.support", _UAI,
							Instant.parse("2026-12-31T00:00:00Z"), "admin",
							Instant.parse("2026-11-01T00:00:00Z"),
							"support"))));
		}

		@Override
		public List<EntService> servicesOf(Actor actor) {
			throw new UnsupportedOperationException();
		}

	}

}
