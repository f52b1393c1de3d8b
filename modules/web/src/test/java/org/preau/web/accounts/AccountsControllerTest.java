package org.preau.web.accounts;

import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.accounts.port.in.IssueCredentials;
import org.preau.core.accounts.port.in.ManageGuests;
import org.preau.core.accounts.port.in.SuspendAccounts;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.SchoolClass;
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

/**
 * The accounts page shows the form of each action its host serves, and no other, and says what the last action did.
 */
public class AccountsControllerTest {

	@Test
	public void givenAHostThatServesEveryAction_thenThePageHasEveryForm() {
		Document document = _page(AccountRoutes.ALL_ACTIONS);

		for (String route : AccountRoutes.ALL_ACTIONS) {
			if (route.startsWith("/accounts/guests/e")) {

				// Extending and ending are forms of each guest's row, and the school has no guest here

				continue;
			}

			Assertions.assertFalse(
				document.select(
					"form[action=" + route + "]"
				).isEmpty(),
				route);
		}
	}

	@Test
	public void givenAHostThatServesSomeActions_thenThePageHasOnlyTheirForms() {
		Document document = _page(
			Set.of(AccountRoutes.RESET, AccountRoutes.SUSPEND));

		Assertions.assertEquals(
			1, document.select("form[action=/accounts/reset]").size());
		Assertions.assertEquals(
			1, document.select("form[action=/accounts/suspend]").size());

		for (String route :
				List.of(
					AccountRoutes.CREDENTIALS, AccountRoutes.MAIL,
					AccountRoutes.GUEST_CREATE, AccountRoutes.REACTIVATE)) {

			Assertions.assertTrue(
				document.select(
					"form[action=" + route + "]"
				).isEmpty(),
				route);
		}
	}

	@Test
	public void givenClassesOfTwoLevels_thenThePrintingAndSuspensionFormsOfferEachLevelOnceWithItsClasses() {
		BrowseDirectory browseDirectory = (BrowseDirectory)Proxy.newProxyInstance(
			BrowseDirectory.class.getClassLoader(),
			new Class<?>[] {BrowseDirectory.class},
			(proxy, method, arguments) -> {
				if (method.getName().equals("classes")) {
					return List.of(
						new SchoolClass(_UAI, "5A", "10110001110"),
						new SchoolClass(_UAI, "6A", "10010012110"),
						new SchoolClass(_UAI, "6B", "10010012110"),
						new SchoolClass(_UAI, "ULIS", null));
				}

				throw new UnsupportedOperationException(method.getName());
			});

		Document document = _page(AccountRoutes.ALL_ACTIONS, browseDirectory);

		for (String id : List.of("credentials-level", "suspend-level")) {
			Assertions.assertEquals(
				List.of(
					"|Tous", "10010012110|10010012110 · 6A, 6B",
					"10110001110|10110001110 · 5A"),
				document.select(
					"select#" + id + "[name=level] option"
				).stream(
				).map(
					option -> option.attr("value") + "|" + option.text()
				).collect(
					Collectors.toList()
				),
				id);
		}
	}

	@Test
	public void givenAClassAndALevelTogether_thenTheSuspensionIsRefusedNamingBothAndNothingIsSuspended() {
		WebResponse webResponse = new SuspendAccountsController(
			_empty(SuspendAccounts.class)
		).handle(
			_request(
				Map.of(
					"class", "6A", "level", "10110001110", "reason",
					"exclusion", "uai", _UAI.value()))
		);

		Assertions.assertEquals(WebResponse.UNPROCESSABLE, webResponse.status());
		Assertions.assertTrue(
			String.valueOf(
				webResponse.model()
			).contains(
				"class and level"
			),
			String.valueOf(webResponse.model()));
	}

	@Test
	public void givenTheParentsCodesWereMailed_thenThePageSaysHowManyWereMailedAndHowManyHaveNoAddress() {
		Document document = _page(
			AccountRoutes.ALL_ACTIONS, _empty(BrowseDirectory.class),
			Map.of("count", "3", "done", "mailed", "without", "2"));

		Assertions.assertEquals(
			"De nouveaux codes ont été envoyés par courriel à 3 parents. 2 " +
				"parents n'ont pas d'adresse électronique connue : ils n'ont " +
					"rien reçu et gardent leurs codes, pour les fiches " +
						"imprimées.",
			document.select(
				"[role=status]"
			).text());

		document = _page(
			AccountRoutes.ALL_ACTIONS, _empty(BrowseDirectory.class),
			Map.of("count", "<b>3</b>", "done", "mailed", "without", "2"));

		Assertions.assertEquals(
			"Les identifiants ont été envoyés par courriel.",
			document.select(
				"[role=status]"
			).text());
	}

	@SuppressWarnings("unchecked")
	private static <T> T _empty(Class<T> type) {
		return (T)Proxy.newProxyInstance(
			type.getClassLoader(), new Class<?>[] {type},
			(proxy, method, arguments) -> {
				if (method.getName().equals("administeredBy")) {
					return List.of(
						new Establishment(
							_UAI, "Collège Marie Curie", EstablishmentKind.COLLEGE,
							"Toulouse"));
				}

				if (List.class.equals(method.getReturnType())) {
					return List.of();
				}

				if (Optional.class.equals(method.getReturnType())) {
					return Optional.empty();
				}

				throw new UnsupportedOperationException(method.getName());
			});
	}

	private Document _page(Set<String> actionRoutes) {
		return _page(actionRoutes, _empty(BrowseDirectory.class), Map.of());
	}

	private Document _page(
		Set<String> actionRoutes, BrowseDirectory browseDirectory) {

		return _page(actionRoutes, browseDirectory, Map.of());
	}

	private Document _page(
		Set<String> actionRoutes, BrowseDirectory browseDirectory,
		Map<String, String> parameters) {

		WebRequest webRequest = _request(parameters);

		WebResponse webResponse = new AccountsController(
			_empty(IssueCredentials.class), _empty(SuspendAccounts.class),
			_empty(ManageGuests.class), browseDirectory,
			_empty(GetEstablishmentOverview.class), ZoneId.of("Europe/Paris"),
			actionRoutes
		).handle(
			webRequest
		);

		Assertions.assertEquals(WebResponse.OK, webResponse.status());

		StringWriter stringWriter = new StringWriter();

		new PageRenderer(
			new TemplateRenderer(), new Messages()
		).render(
			webRequest, webResponse, false, stringWriter
		);

		return Jsoup.parse(stringWriter.toString());
	}

	private WebRequest _request(Map<String, String> parameters) {
		Actor actor = Actor.of(
			"admin", "Admin", Set.of(AdminGrant.establishment(_UAI)));

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
				return Locale.FRANCE;
			}

			@Override
			public String method() {
				return "GET";
			}

			@Override
			public Optional<String> parameter(String name) {
				if (name.equals("uai")) {
					return Optional.of(_UAI.value());
				}

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

	private static final Uai _UAI = Uai.of("0310001A");

}
