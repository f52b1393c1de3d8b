package org.preau.itests.osgi;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.osgi.framework.ServiceRegistration;

import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.Grant;
import org.preau.core.rights.model.RightsRole;
import org.preau.core.rights.model.ServiceAction;
import org.preau.core.rights.port.out.EntServiceProvider;

/**
 * The ENT services as a whiteboard: a service that another bundle registers joins the rights matrix of every school,
 * with its default cells, and leaves it with its registration.
 */
public class ServiceCatalogueIT {

	@BeforeEach
	public void setUp() throws Exception {
		ItestRuntime.awaitServing();

		_webClient = new WebClient(ItestRuntime.baseUri());

		HttpResponse<String> loginPage = _webClient.get("login");

		HttpResponse<String> signIn = _webClient.post(
			"login",
			Map.of(
				"csrfToken", WebClient.csrfToken(WebClient.parse(loginPage)),
				"login", ItestRuntime.adminLogin(), "password",
				ItestRuntime.adminPassword()));

		Assertions.assertEquals(303, signIn.statusCode());
	}

	@Test
	public void givenBundleRegistersAnEntService_thenItAppearsInTheMatrixUntilUnregistered()
		throws Exception {

		Assertions.assertNull(
			_serviceHeader(), "no bundle offers the laboratory service yet");
		Assertions.assertNotNull(
			_matrix().selectFirst("th[data-service=cahier-de-textes]"),
			"the standard services are registered by default");

		ServiceRegistration<EntServiceProvider> serviceRegistration =
			ItestRuntime.bundleContext(
			).registerService(
				EntServiceProvider.class, new LaboratoryServices(), null
			);

		try {
			Element header = _serviceHeader();

			Assertions.assertNotNull(
				header, "the matrix shows the service the bundle registered");
			Assertions.assertEquals("2", header.attr("colspan"));

			Element cell = _matrix().getElementById(
				"cell-teacher-" + _LABORATORY + "-manage");

			Assertions.assertNotNull(cell);
			Assertions.assertTrue(
				cell.hasAttr("checked"),
				"the provider's default gives teachers the management");
			Assertions.assertFalse(
				_matrix().getElementById(
					"cell-pupil-" + _LABORATORY + "-manage"
				).hasAttr(
					"checked"
				));
		}
		finally {
			serviceRegistration.unregister();
		}

		Assertions.assertNull(
			_serviceHeader(), "the service left with its registration");
	}

	private Document _matrix() throws Exception {
		HttpResponse<String> httpResponse = _webClient.get(
			"rights?uai=0310001A");

		Assertions.assertEquals(
			200, httpResponse.statusCode(), httpResponse.body());

		return WebClient.parse(httpResponse);
	}

	private Element _serviceHeader() throws Exception {
		return _matrix().selectFirst("th[data-service=" + _LABORATORY + "]");
	}

	private static final String _LABORATORY = "itest-laboratory";

	private WebClient _webClient;

	private static final class LaboratoryServices implements EntServiceProvider {

		@Override
		public Set<Grant> defaults() {
			return Set.of(
				Grant.of(RightsRole.TEACHER, _LABORATORY, ServiceAction.MANAGE));
		}

		@Override
		public List<EntService> services() {
			return List.of(
				new EntService(
					_LABORATORY,
					EnumSet.of(ServiceAction.CONSULT, ServiceAction.MANAGE)));
		}

	}

}
