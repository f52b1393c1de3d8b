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

	@Test
	public void givenUserGroupNames_thenOnlyThoseOfAClassOrAGroupOfAnEstablishmentAreStructureNames() {
		Assertions.assertTrue(
			UserGroupNames.isStructureName(
				UserGroupNames.className(Uai.of("0310001A"), "3A")));
		Assertions.assertTrue(
			UserGroupNames.isStructureName(
				UserGroupNames.groupName(Uai.of("0310001A"), "3A-ANG")));
		Assertions.assertFalse(
			UserGroupNames.isStructureName("0310001A classe "));
		Assertions.assertFalse(
			UserGroupNames.isStructureName("Conseil pédagogique"));
		Assertions.assertFalse(
			UserGroupNames.isStructureName("Academy classe 3A"));
		Assertions.assertFalse(UserGroupNames.isStructureName(null));
	}

}
