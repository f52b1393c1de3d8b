package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.model.Address;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Uai;
import org.preau.liferay.web.constants.PreauExpandoConstants;
import org.preau.liferay.web.internal.test.FakeExpandoValues;
import org.preau.liferay.web.internal.test.Fakes;

public class PortalEstablishmentsTest {

	@Test
	public void givenANewEstablishment_whenSaved_thenAnOrganizationWithItsUaiAndKindIsCreated() {
		_establishments.save(
			new Establishment(
				Uai.of("0310003C"), "Lycée des métiers Déodat",
				EstablishmentKind.LYCEE_PROFESSIONNEL, ""));

		Assertions.assertEquals(1, _organizations.size());

		Organization organization = _organizations.get(1000L);

		Assertions.assertEquals(
			"Lycée des métiers Déodat", organization.getName());
		Assertions.assertEquals(
			"0310003C",
			_expandoValues.get(PreauExpandoConstants.ORGANIZATION_UAI, 1000L));
		Assertions.assertEquals(
			Optional.of(
				new Establishment(
					Uai.of("0310003C"), "Lycée des métiers Déodat",
					EstablishmentKind.LYCEE_PROFESSIONNEL, "")),
			_establishments.find(Uai.of("0310003C")));
	}

	@Test
	public void givenAnExistingEstablishment_whenSavedWithANewName_thenItsOrganizationIsRenamed() {
		_organization(10, "Collège Jean Moulin", "0310001A", "Toulouse");

		_establishments.save(
			new Establishment(
				Uai.of("0310001A"), "Collège Jean-Moulin",
				EstablishmentKind.COLLEGE, "Toulouse"));

		Assertions.assertEquals(1, _organizations.size());
		Assertions.assertEquals(
			"Collège Jean-Moulin", _organizations.get(10L).getName());
		Assertions.assertEquals(
			"COLLEGE",
			_expandoValues.get(
				PreauExpandoConstants.ORGANIZATION_ESTABLISHMENT_KIND, 10L));
	}

	@Test
	public void givenOrganizations_thenOnlyThoseWithAValidUaiAreEstablishmentsOrderedByUai() {
		_organization(10, "Lycée Pierre de Fermat", "0310002B", "Toulouse");
		_organization(20, "Collège Jean Moulin", "0310001A", "Toulouse");
		_organization(30, "Rectorat", "not a UAI", "Toulouse");
		_organization(40, "Direction", null, "Toulouse");
		_expandoValues.put(
			PreauExpandoConstants.ORGANIZATION_UAI, 50L, "0310009Z");

		Assertions.assertEquals(
			List.of(
				new Establishment(
					Uai.of("0310001A"), "Collège Jean Moulin",
					EstablishmentKind.COLLEGE, "Toulouse"),
				new Establishment(
					Uai.of("0310002B"), "Lycée Pierre de Fermat",
					EstablishmentKind.LYCEE, "Toulouse")),
			_establishments.list());
		Assertions.assertEquals(
			Optional.empty(), _establishments.find(Uai.of("0310009Z")));
	}

	private void _organization(
		long organizationId, String name, String uai, String city) {

		_organizations.put(
			organizationId,
			Fakes.model(
				Organization.class,
				Fakes.properties(
					"address",
					Fakes.model(
						Address.class, Fakes.properties("city", city)),
					"companyId", 1L, "name", name, "organizationId",
					organizationId)));

		if (uai != null) {
			_expandoValues.put(
				PreauExpandoConstants.ORGANIZATION_UAI, organizationId, uai);
		}
	}

	private final FakeExpandoValues _expandoValues = new FakeExpandoValues();
	private final Map<Long, Organization> _organizations = new TreeMap<>();

	private final PortalEstablishments _establishments =
		new PortalEstablishments(
			() -> 1L,
			Fakes.service(
				OrganizationLocalService.class,
				Map.of(
					"addOrganization",
					arguments -> {
						long organizationId = 1000L + _organizations.size();

						Organization organization = Fakes.model(
							Organization.class,
							Fakes.properties(
								"companyId", 1L, "name", arguments[2],
								"organizationId", organizationId));

						_organizations.put(organizationId, organization);

						return organization;
					},
					"fetchOrganization",
					arguments -> _organizations.get(arguments[0]),
					"updateOrganization", arguments -> arguments[0])),
			new OrganizationUais(_expandoValues.service()),
			Fakes.service(
				UserLocalService.class,
				Map.of("getGuestUserId", arguments -> 99L)));

}
