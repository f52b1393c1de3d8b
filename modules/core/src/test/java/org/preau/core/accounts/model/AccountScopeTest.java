package org.preau.core.accounts.model;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;

public class AccountScopeTest {

	@Test
	public void givenADescription_thenParsedBackToTheSameScope() {
		Uai uai = Uai.of("0310001A");

		for (AccountScope scope :
				List.of(
					AccountScope.of(uai, Profile.TEACHER),
					AccountScope.ofClass(uai, Profile.PARENT, "3 A bis"),
					AccountScope.ofLevel(uai, Profile.PUPIL, "10310019110"))) {

			AccountScope parsed = AccountScope.parse(
				scope.describe()
			).get();

			Assertions.assertEquals(scope.describe(), parsed.describe());
			Assertions.assertEquals(scope.classCode(), parsed.classCode());
			Assertions.assertEquals(scope.mefCode(), parsed.mefCode());
		}
	}

	@Test
	public void givenALoginOrAnythingElse_thenNoScope() {
		for (String text :
				new String[] {
					"lea.martin", "0310001A", "0310001A nobody",
					"0310001A teacher class 3A", "0310001A pupil group G1", "",
					null
				}) {

			Assertions.assertEquals(
				Optional.empty(), AccountScope.parse(text), text);
		}
	}

}
