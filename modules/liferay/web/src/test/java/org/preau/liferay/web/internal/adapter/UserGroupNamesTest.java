package org.preau.liferay.web.internal.adapter;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Uai;

public class UserGroupNamesTest {

	@Test
	public void givenAClassAndAGroupOfTheSameCode_thenTheirNamesAndPatternsDiffer() {
		Uai uai = Uai.of("0310001A");

		Assertions.assertEquals(
			"0310001A classe 3A", UserGroupNames.className(uai, "3A"));
		Assertions.assertEquals(
			"0310001A groupe 3A", UserGroupNames.groupName(uai, "3A"));
		Assertions.assertEquals(
			"0310001A classe %",
			UserGroupNames.likePattern(UserGroupNames.classPrefix(uai)));
		Assertions.assertEquals(
			"0310001A groupe %",
			UserGroupNames.likePattern(UserGroupNames.groupPrefix(uai)));
	}

}
