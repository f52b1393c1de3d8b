package org.preau.core.rights.service;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.StaffFunction;

public class FunctionGrantsTest {

	@Test
	public void givenCodesInAnyCaseWithSpaces_thenTheirFunctions() {
		Assertions.assertEquals(
			EnumSet.of(StaffFunction.DIR, StaffFunction.EDU),
			FunctionGrants.parse(" dir , EDU,"));
	}

	@Test
	public void givenEmptySetting_thenNoFunctionAdministers() {
		Assertions.assertEquals(Set.of(), FunctionGrants.parse(""));
		Assertions.assertEquals(Set.of(), FunctionGrants.parse(" , "));
		Assertions.assertEquals(Set.of(), FunctionGrants.parse(null));
	}

	@Test
	public void givenUnknownCode_thenRefusedByName() {
		IllegalArgumentException illegalArgumentException =
			Assertions.assertThrows(
				IllegalArgumentException.class,
				() -> FunctionGrants.parse("DIR,PRINCIPAL"));

		Assertions.assertTrue(
			illegalArgumentException.getMessage(
			).contains(
				"\"PRINCIPAL\" is not a staff function"
			),
			illegalArgumentException.getMessage());
	}

}
