package org.preau.liferay.web.internal.adapter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Uai;
import org.preau.core.messaging.model.ExternalMailOpening;
import org.preau.core.messaging.model.MessagingRules;
import org.preau.core.rights.model.DefaultRule;
import org.preau.core.rights.model.Delegation;
import org.preau.core.rights.model.Grant;
import org.preau.core.rights.model.ModuleClosure;
import org.preau.core.rights.model.RightsChange;
import org.preau.core.rights.model.RightsOverride;
import org.preau.core.rights.model.RightsRole;
import org.preau.core.rights.model.RightsRules;
import org.preau.core.rights.model.ServiceAction;
import org.preau.liferay.web.internal.test.FakeRightsTables;

public class PortalRightsStoresTest {

	@Test
	public void givenAnOverrideSavedTwice_thenOneRowHoldsTheLatestDecisionUntilDeleted() {
		_rightsRules.saveOverride(
			new RightsOverride(
				_UAI, _GRANT, true, "jdupont", _AT, "the social worker follows"));
		_rightsRules.saveOverride(
			new RightsOverride(
				_UAI, _GRANT, false, "mleroy", _AT.plusSeconds(60),
				"not this year"));

		RightsRules rules = _rightsRules.load();

		Assertions.assertEquals(1, rules.overrides().size());

		RightsOverride override = rules.overrides().get(0);

		Assertions.assertEquals(_UAI, override.uai());
		Assertions.assertEquals(_GRANT, override.grant());
		Assertions.assertFalse(override.allowed());
		Assertions.assertEquals("mleroy", override.author());
		Assertions.assertEquals(_AT.plusSeconds(60), override.at());
		Assertions.assertEquals("not this year", override.reason());
		Assertions.assertEquals(1, _tables.rightsRules().size());

		_rightsRules.deleteOverride(_UAI, _GRANT);

		Assertions.assertEquals(List.of(), _rightsRules.load().overrides());
		Assertions.assertEquals(List.of(), _tables.rightsRules());
	}

	@Test
	public void givenDefaultsClosuresAndClassAdministration_thenEachLoadsAsItsKindAndOnlyInItsCompany() {
		_rightsRules.saveDefaultRule(
			new DefaultRule(_GRANT, true, "dane", _AT, "académie policy"));
		_rightsRules.saveClosure(
			new ModuleClosure(_UAI, "sanctions", "jdupont", _AT, "not used"));
		_rightsRules.setClassAdministration(_UAI, true);
		_rightsRules.setClassAdministration(_UAI, true);

		RightsRules rules = _rightsRules.load();

		Assertions.assertEquals(1, rules.defaultRules().size());
		Assertions.assertEquals(
			_GRANT,
			rules.defaultRules(
			).get(
				0
			).grant());
		Assertions.assertEquals(1, rules.closures().size());
		Assertions.assertEquals(
			"sanctions",
			rules.closures(
			).get(
				0
			).serviceKey());
		Assertions.assertEquals(
			Set.of(_UAI), rules.classAdministrationSchools());
		Assertions.assertEquals(List.of(), rules.overrides());

		_companyId = 2;

		RightsRules otherCompany = _rightsRules.load();

		Assertions.assertEquals(List.of(), otherCompany.defaultRules());
		Assertions.assertEquals(List.of(), otherCompany.closures());
		Assertions.assertEquals(
			Set.of(), otherCompany.classAdministrationSchools());

		_companyId = 1;

		_rightsRules.deleteClosure(_UAI, "sanctions");
		_rightsRules.deleteDefaultRule(_GRANT);
		_rightsRules.setClassAdministration(_UAI, false);

		Assertions.assertEquals(List.of(), _tables.rightsRules());
	}

	@Test
	public void givenDelegations_thenTheyListWithTheirIdsAndEndDatesAndAreDeletedOnlyInTheirCompany() {
		Delegation dane = _delegations.save(
			Delegation.dane(
				0, "support.dane", _UAI, _AT.plusSeconds(86400), "jdupont",
				_AT, "timetable set-up"));
		Delegation local = _delegations.save(
			Delegation.localAdministrator(
				0, "mleroy", _UAI, "jdupont", _AT, "deputy"));

		Assertions.assertNotEquals(0, dane.id());
		Assertions.assertNotEquals(dane.id(), local.id());

		List<Delegation> delegations = _delegations.list();

		Assertions.assertEquals(2, delegations.size());
		Assertions.assertEquals(
			Delegation.Kind.DANE,
			delegations.get(
				0
			).kind());
		Assertions.assertEquals(
			Optional.of(_AT.plusSeconds(86400)),
			delegations.get(
				0
			).until());
		Assertions.assertEquals(
			Optional.empty(),
			delegations.get(
				1
			).until());

		_companyId = 2;

		Assertions.assertFalse(_delegations.delete(dane.id()));
		Assertions.assertEquals(List.of(), _delegations.list());

		_companyId = 1;

		Assertions.assertTrue(_delegations.delete(dane.id()));
		Assertions.assertFalse(_delegations.delete(dane.id()));
		Assertions.assertEquals(
			List.of(local.id()),
			List.of(
				_delegations.list(
				).get(
					0
				).id()));
	}

	@Test
	public void givenChanges_thenTheHistoryListsThemNewestFirstForOneSchoolOrAll() {
		_rightsHistory.record(
			new RightsChange(
				_AT, "jdupont", _UAI, RightsChange.Kind.CELL,
				_GRANT.toString(), "refused", "allowed", "follow-up"));
		_rightsHistory.record(
			new RightsChange(
				_AT.plusSeconds(60), "dane", null, RightsChange.Kind.DEFAULT,
				_GRANT.toString(), "refused", "allowed", "académie policy"));
		_rightsHistory.record(
			new RightsChange(
				_AT.plusSeconds(120), "jdupont", _UAI, RightsChange.Kind.MODULE,
				"sanctions", "open", "closed", "not used"));

		List<RightsChange> school = _rightsHistory.latest(Optional.of(_UAI), 10);

		Assertions.assertEquals(2, school.size());
		Assertions.assertEquals(
			RightsChange.Kind.MODULE,
			school.get(
				0
			).kind());
		Assertions.assertEquals(
			"refused",
			school.get(
				1
			).before());

		List<RightsChange> all = _rightsHistory.latest(Optional.empty(), 2);

		Assertions.assertEquals(2, all.size());
		Assertions.assertEquals(
			Optional.empty(),
			all.get(
				1
			).uai());
		Assertions.assertEquals(
			"académie policy",
			all.get(
				1
			).reason());
	}

	@Test
	public void givenOpeningsAndLinks_thenEachIsKeptOnceAndLinksReadBothWays() {
		Uai other = Uai.of("0310002B");

		Assertions.assertTrue(
			_messagingRules.addOpening(ExternalMailOpening.ofClass(_UAI, "3A")));
		Assertions.assertFalse(
			_messagingRules.addOpening(ExternalMailOpening.ofClass(_UAI, "3A")));
		Assertions.assertTrue(
			_messagingRules.addOpening(ExternalMailOpening.allPupils(other)));
		Assertions.assertTrue(_messagingRules.link(other, _UAI));
		Assertions.assertFalse(_messagingRules.link(_UAI, other));

		MessagingRules rules = _messagingRules.load();

		Assertions.assertEquals(1, rules.openings(_UAI).size());
		Assertions.assertEquals(
			"3A",
			rules.openings(
				_UAI
			).get(
				0
			).code());
		Assertions.assertEquals(
			ExternalMailOpening.Scope.ALL_PUPILS,
			rules.openings(
				other
			).get(
				0
			).scope());
		Assertions.assertEquals(List.of(other), rules.linkedTo(_UAI));
		Assertions.assertEquals(List.of(_UAI), rules.linkedTo(other));

		Assertions.assertTrue(_messagingRules.unlink(_UAI, other));
		Assertions.assertFalse(_messagingRules.unlink(other, _UAI));
		Assertions.assertTrue(
			_messagingRules.removeOpening(
				ExternalMailOpening.ofClass(_UAI, "3A")));
		Assertions.assertEquals(List.of(), _messagingRules.load().openings(_UAI));
		Assertions.assertEquals(
			List.of(), _messagingRules.load().linkedSchools());
		Assertions.assertEquals(1, _tables.messagingRules().size());
	}

	private static final Instant _AT = Instant.parse("2026-09-01T06:00:00Z");

	private static final Grant _GRANT = Grant.of(
		RightsRole.SOCIAL_WORKER, "cahier-de-textes", ServiceAction.CONSULT);

	private static final Uai _UAI = Uai.of("0310001A");

	private long _companyId = 1;
	private final FakeRightsTables _tables = new FakeRightsTables();

	private final PortalDelegations _delegations = new PortalDelegations(
		() -> _companyId, _tables.schoolDelegationLocalService());
	private final PortalMessagingRules _messagingRules =
		new PortalMessagingRules(
			() -> _companyId, _tables.messagingRuleLocalService());
	private final PortalRightsHistory _rightsHistory = new PortalRightsHistory(
		() -> _companyId, _tables.rightsHistoryEntryLocalService());
	private final PortalRightsRules _rightsRules = new PortalRightsRules(
		() -> _companyId, _tables.rightsRuleLocalService());

}
