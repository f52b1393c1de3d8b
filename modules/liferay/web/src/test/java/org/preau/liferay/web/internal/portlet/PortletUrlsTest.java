package org.preau.liferay.web.internal.portlet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.portlet.ActionURL;
import javax.portlet.MimeResponse;
import javax.portlet.MutableActionParameters;
import javax.portlet.MutableRenderParameters;
import javax.portlet.MutableResourceParameters;
import javax.portlet.RenderURL;
import javax.portlet.ResourceURL;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.liferay.web.internal.test.Fakes;
import org.preau.web.http.Routes;

public class PortletUrlsTest {

	@Test
	public void givenAnActionRoute_thenTheActionUrlNamesTheRouteAsTheAction() {
		Assertions.assertEquals(
			"action?javax.portlet.action=/rights/save&uai=0310001A",
			_portletUrls.action("/rights/save", Map.of("uai", "0310001A")));
		Assertions.assertEquals(List.of(MimeResponse.Copy.NONE), _copies);
	}

	@Test
	public void givenAFormWhoseAnswerIsAFile_thenItsActionUrlIsAResourceUrlNamingTheRoute() {
		PortletUrls portletUrls = new PortletUrls(
			_mimeResponse, "/o/preau-web", "/c/portal/login",
			"/c/portal/logout", Set.of("/accounts/credentials"));

		Assertions.assertEquals(
			"resource?id=/accounts/credentials&uai=0310001A",
			portletUrls.action(
				"/accounts/credentials", Map.of("uai", "0310001A")));
		Assertions.assertEquals(
			"action?javax.portlet.action=/accounts/reset",
			portletUrls.action("/accounts/reset", Map.of()));
	}

	@Test
	public void givenAStaticFile_thenItIsServedFromTheBundleWebContext() {
		Assertions.assertEquals(
			"/o/preau-web/static/preau.css",
			_portletUrls.staticFile("preau.css"));
	}

	@Test
	public void givenLoginOrLogout_thenThePortalsOwnAddressesAreUsed() {
		Assertions.assertEquals(
			"/c/portal/login", _portletUrls.page(Routes.LOGIN, Map.of()));
		Assertions.assertEquals(
			"/c/portal/logout", _portletUrls.action(Routes.LOGOUT, Map.of()));
		Assertions.assertEquals(List.of(), _copies);
	}

	@Test
	public void givenThePageOfARoute_thenARenderUrlCarriesTheRouteAndOnlyTheGivenParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();

		parameters.put("uai", "0310001A");

		Assertions.assertEquals(
			"render?route=/overview&uai=0310001A",
			_portletUrls.page(Routes.OVERVIEW, parameters));
		Assertions.assertEquals(List.of(MimeResponse.Copy.NONE), _copies);
	}

	private String _toString(String prefix, Map<String, String> values) {
		StringBuilder sb = new StringBuilder(prefix);

		String separator = "?";

		for (Map.Entry<String, String> entry : values.entrySet()) {
			sb.append(separator);
			sb.append(entry.getKey());
			sb.append("=");
			sb.append(entry.getValue());

			separator = "&";
		}

		return sb.toString();
	}

	private final List<MimeResponse.Copy> _copies = new ArrayList<>();

	private final MimeResponse _mimeResponse = Fakes.service(
		MimeResponse.class,
		Map.of(
			"createActionURL",
			arguments -> {
				_copies.add((MimeResponse.Copy)arguments[0]);

				Map<String, String> values = new LinkedHashMap<>();

				MutableActionParameters mutableActionParameters =
					Fakes.service(
						MutableActionParameters.class,
						Map.of(
							"setValue",
							setArguments -> values.put(
								(String)setArguments[0],
								(String)setArguments[1])));

				return Fakes.service(
					ActionURL.class,
					Map.of(
						"getActionParameters",
						getArguments -> mutableActionParameters, "toString",
						getArguments -> _toString("action", values)));
			},
			"createRenderURL",
			arguments -> {
				_copies.add((MimeResponse.Copy)arguments[0]);

				Map<String, String> values = new LinkedHashMap<>();

				MutableRenderParameters mutableRenderParameters =
					Fakes.service(
						MutableRenderParameters.class,
						Map.of(
							"setValue",
							setArguments -> values.put(
								(String)setArguments[0],
								(String)setArguments[1])));

				return Fakes.service(
					RenderURL.class,
					Map.of(
						"getRenderParameters",
						getArguments -> mutableRenderParameters, "toString",
						getArguments -> _toString("render", values)));
			},
			"createResourceURL",
			arguments -> {
				Map<String, String> values = new LinkedHashMap<>();

				MutableResourceParameters mutableResourceParameters =
					Fakes.service(
						MutableResourceParameters.class,
						Map.of(
							"setValue",
							setArguments -> values.put(
								(String)setArguments[0],
								(String)setArguments[1])));

				return Fakes.service(
					ResourceURL.class,
					Map.of(
						"getResourceParameters",
						getArguments -> mutableResourceParameters,
						"setResourceID",
						setArguments -> values.put(
							"id", (String)setArguments[0]),
						"toString",
						getArguments -> _toString("resource", values)));
			}));

	private final PortletUrls _portletUrls = new PortletUrls(
		_mimeResponse, "/o/preau-web", "/c/portal/login", "/c/portal/logout");

}
