package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Address;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.OrganizationConstants;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.Establishments;
import org.preau.liferay.web.constants.PreauExpandoConstants;

/**
 * Establishments as portal organizations with a site, that carry a UAI custom field. The kind and the city the feeds
 * give are kept in custom fields; without one, the city is read from the organization's address, which the portal's
 * own screens maintain.
 */
public class PortalEstablishments implements Establishments {

	public PortalEstablishments(
		LongSupplier companyIdSupplier,
		OrganizationLocalService organizationLocalService,
		OrganizationUais organizationUais, UserLocalService userLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_organizationLocalService = organizationLocalService;
		_organizationUais = organizationUais;
		_userLocalService = userLocalService;
	}

	@Override
	public Optional<Establishment> find(Uai uai) {
		long companyId = _companyIdSupplier.getAsLong();

		return _organizationUais.organizationId(
			companyId, uai
		).map(
			_organizationLocalService::fetchOrganization
		).map(
			organization -> _toEstablishment(companyId, uai, organization)
		);
	}

	@Override
	public List<Establishment> list() {
		long companyId = _companyIdSupplier.getAsLong();

		List<Establishment> establishments = new ArrayList<>();

		for (Map.Entry<Uai, Long> entry :
				_organizationUais.all(companyId).entrySet()) {

			Organization organization =
				_organizationLocalService.fetchOrganization(entry.getValue());

			if (organization != null) {
				establishments.add(
					_toEstablishment(companyId, entry.getKey(), organization));
			}
		}

		establishments.sort(
			(establishment1, establishment2) -> establishment1.uai(
			).compareTo(
				establishment2.uai()
			));

		return establishments;
	}

	@Override
	public void save(Establishment establishment) {
		long companyId = _companyIdSupplier.getAsLong();

		Organization organization = _organizationUais.organizationId(
			companyId, establishment.uai()
		).map(
			_organizationLocalService::fetchOrganization
		).orElse(
			null
		);

		try {
			if (organization == null) {
				organization = _organizationLocalService.addOrganization(
					_userLocalService.getGuestUserId(companyId),
					OrganizationConstants.DEFAULT_PARENT_ORGANIZATION_ID,
					establishment.name(), true);

				_organizationUais.store(
					companyId, organization.getOrganizationId(),
					PreauExpandoConstants.ORGANIZATION_UAI,
					establishment.uai().value());
			}
			else if (!establishment.name().equals(organization.getName())) {
				organization.setName(establishment.name());

				organization = _organizationLocalService.updateOrganization(
					organization);
			}
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"cannot save the organization of " + establishment.uai(),
				portalException);
		}

		_organizationUais.store(
			companyId, organization.getOrganizationId(),
			PreauExpandoConstants.ORGANIZATION_CITY, establishment.city());
		_organizationUais.store(
			companyId, organization.getOrganizationId(),
			PreauExpandoConstants.ORGANIZATION_ESTABLISHMENT_KIND,
			establishment.kind().name());
	}

	private String _city(long companyId, Organization organization) {
		Optional<String> city = _organizationUais.data(
			companyId, organization.getOrganizationId(),
			PreauExpandoConstants.ORGANIZATION_CITY);

		if (city.isPresent()) {
			return city.get();
		}

		Address address = organization.getAddress();

		if ((address == null) || (address.getCity() == null)) {
			return "";
		}

		return address.getCity();
	}

	private EstablishmentKind _kind(
		long companyId, Organization organization) {

		Optional<String> kind = _organizationUais.data(
			companyId, organization.getOrganizationId(),
			PreauExpandoConstants.ORGANIZATION_ESTABLISHMENT_KIND);

		for (EstablishmentKind establishmentKind : EstablishmentKind.values()) {
			if (kind.isPresent() &&
				establishmentKind.name().equals(kind.get())) {

				return establishmentKind;
			}
		}

		// Organizations created in the portal's own screens have no kind yet: their name usually tells it.

		return EstablishmentKind.parse(organization.getName());
	}

	private Establishment _toEstablishment(
		long companyId, Uai uai, Organization organization) {

		return new Establishment(
			uai, organization.getName(), _kind(companyId, organization),
			_city(companyId, organization));
	}

	private final LongSupplier _companyIdSupplier;
	private final OrganizationLocalService _organizationLocalService;
	private final OrganizationUais _organizationUais;
	private final UserLocalService _userLocalService;

}
