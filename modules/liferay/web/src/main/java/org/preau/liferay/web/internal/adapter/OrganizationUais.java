package org.preau.liferay.web.internal.adapter;

import com.liferay.expando.kernel.model.ExpandoTableConstants;
import com.liferay.expando.kernel.model.ExpandoValue;
import com.liferay.expando.kernel.service.ExpandoValueLocalService;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.preau.core.directory.model.Uai;
import org.preau.liferay.web.constants.PreauExpandoConstants;

/**
 * Reads and writes the UAI custom field of organizations: an organization is an establishment when it carries a
 * valid UAI. Values that are not valid UAIs are ignored rather than failing a page.
 */
public class OrganizationUais {

	public OrganizationUais(ExpandoValueLocalService expandoValueLocalService) {
		_expandoValueLocalService = expandoValueLocalService;
	}

	/**
	 * Returns the organization IDs of the company's establishments, by UAI.
	 */
	public Map<Uai, Long> all(long companyId) {
		Map<Uai, Long> organizationIds = new LinkedHashMap<>();

		for (ExpandoValue expandoValue :
				_expandoValueLocalService.getColumnValues(
					companyId, _CLASS_NAME,
					ExpandoTableConstants.DEFAULT_TABLE_NAME,
					PreauExpandoConstants.ORGANIZATION_UAI, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS)) {

			String data = expandoValue.getData();

			if (Uai.isValid(data)) {
				organizationIds.putIfAbsent(
					Uai.of(data), expandoValue.getClassPK());
			}
		}

		return organizationIds;
	}

	public Optional<String> data(
		long companyId, long organizationId, String columnName) {

		try {
			String data = _expandoValueLocalService.getData(
				companyId, _CLASS_NAME,
				ExpandoTableConstants.DEFAULT_TABLE_NAME, columnName,
				organizationId, "");

			if ((data == null) || data.isBlank()) {
				return Optional.empty();
			}

			return Optional.of(data.trim());
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(portalException);
		}
	}

	public Optional<Long> organizationId(long companyId, Uai uai) {
		for (ExpandoValue expandoValue :
				_expandoValueLocalService.getColumnValues(
					companyId, _CLASS_NAME,
					ExpandoTableConstants.DEFAULT_TABLE_NAME,
					PreauExpandoConstants.ORGANIZATION_UAI, uai.value(), 0,
					1)) {

			return Optional.of(expandoValue.getClassPK());
		}

		return Optional.empty();
	}

	public void store(
		long companyId, long organizationId, String columnName, String data) {

		try {
			_expandoValueLocalService.addValue(
				companyId, _CLASS_NAME,
				ExpandoTableConstants.DEFAULT_TABLE_NAME, columnName,
				organizationId, data);
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"cannot store " + columnName + " of organization " +
					organizationId,
				portalException);
		}
	}

	public Optional<Uai> uai(long companyId, long organizationId) {
		return data(
			companyId, organizationId, PreauExpandoConstants.ORGANIZATION_UAI
		).filter(
			Uai::isValid
		).map(
			Uai::of
		);
	}

	private static final String _CLASS_NAME = Organization.class.getName();

	private final ExpandoValueLocalService _expandoValueLocalService;

}
