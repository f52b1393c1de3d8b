package org.preau.liferay.web.internal.portlet;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.portlet.RenderParameters;
import javax.portlet.RenderRequest;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.liferay.web.internal.test.Fakes;

public class PortletWebRequestTest {

	@Test
	public void givenARenderRequest_thenItIsAGet() {
		Assertions.assertEquals("GET", _portletWebRequest.method());
	}

	@Test
	public void givenBlankOrMissingParameters_thenTheyAreEmpty() {
		Assertions.assertEquals(
			Optional.empty(), _portletWebRequest.parameter("blank"));
		Assertions.assertEquals(
			Optional.empty(), _portletWebRequest.parameter("missing"));
		Assertions.assertEquals(
			List.of(), _portletWebRequest.parameters("missing"));
	}

	@Test
	public void givenRenderParameters_thenTheFirstNonBlankValueIsTrimmed() {
		Assertions.assertEquals(
			Optional.of("0310001A"), _portletWebRequest.parameter("uai"));
		Assertions.assertEquals(
			List.of(" ", " 0310001A "), _portletWebRequest.parameters("uai"));
	}

	private final Map<String, String[]> _values = Map.of(
		"blank", new String[] {"  "}, "uai", new String[] {" ", " 0310001A "});

	private final RenderParameters _renderParameters = Fakes.service(
		RenderParameters.class,
		Map.of("getValues", arguments -> _values.get(arguments[0])));

	private final PortletWebRequest _portletWebRequest = new PortletWebRequest(
		Fakes.service(
			RenderRequest.class,
			Map.of("getRenderParameters", arguments -> _renderParameters)),
		Locale.FRANCE, Optional.empty(), "token", null);

}
