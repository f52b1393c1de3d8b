package org.preau.liferay.web.internal.portlet;

import java.util.HashMap;
import java.util.Map;

import javax.portlet.MutableRenderParameters;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.liferay.web.internal.test.Fakes;

public class ActionUrlsTest {

	@Test
	public void givenAPageOfTheActionUrls_whenRedirectedTo_thenItsRouteAndParametersBecomeRenderParameters() {
		Map<String, String> renderParameters = new HashMap<>();

		ActionUrls.redirect(
			new ActionUrls().page(
				"/imports/job", Map.of("id", "a&b=c é", "uai", "0310001A")),
			Fakes.service(
				MutableRenderParameters.class,
				Map.of(
					"setValue",
					arguments -> renderParameters.put(
						(String)arguments[0], (String)arguments[1]))));

		Assertions.assertEquals(
			Map.of(
				PortletUrls.ROUTE_PARAMETER, "/imports/job", "id", "a&b=c é",
				"uai", "0310001A"),
			renderParameters);
	}

	@Test
	public void givenALocationOutsideThePortlet_whenRedirectedTo_thenItIsRefused() {
		Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> ActionUrls.redirect(
				"https://example.org/",
				Fakes.service(MutableRenderParameters.class, Map.of())));
	}

}
