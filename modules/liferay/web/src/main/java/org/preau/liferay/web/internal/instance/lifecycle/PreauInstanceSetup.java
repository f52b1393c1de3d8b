package org.preau.liferay.web.internal.instance.lifecycle;

import com.liferay.expando.kernel.model.ExpandoColumnConstants;
import com.liferay.expando.kernel.model.ExpandoTable;
import com.liferay.expando.kernel.service.ExpandoColumnLocalService;
import com.liferay.expando.kernel.service.ExpandoTableLocalService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.role.RoleConstants;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.Arrays;
import java.util.List;

import org.preau.liferay.web.constants.PreauExpandoConstants;
import org.preau.liferay.web.constants.PreauRoleConstants;

/**
 * Gives a portal instance the custom fields and the roles Préau reads, so that administrators only have to assign
 * them. What exists already is left as it is, so running it again changes nothing.
 */
public class PreauInstanceSetup {

	public PreauInstanceSetup(
		ExpandoColumnLocalService expandoColumnLocalService,
		ExpandoTableLocalService expandoTableLocalService,
		RoleLocalService roleLocalService, UserLocalService userLocalService) {

		_expandoColumnLocalService = expandoColumnLocalService;
		_expandoTableLocalService = expandoTableLocalService;
		_roleLocalService = roleLocalService;
		_userLocalService = userLocalService;
	}

	public void setUp(long companyId) throws PortalException {
		ExpandoTable expandoTable = _expandoTableLocalService.fetchDefaultTable(
			companyId, Organization.class.getName());

		if (expandoTable == null) {
			expandoTable = _expandoTableLocalService.addDefaultTable(
				companyId, Organization.class.getName());
		}

		for (String columnName :
				Arrays.asList(
					PreauExpandoConstants.ORGANIZATION_ESTABLISHMENT_KIND,
					PreauExpandoConstants.ORGANIZATION_UAI)) {

			if (_expandoColumnLocalService.getColumn(
					expandoTable.getTableId(), columnName) == null) {

				_expandoColumnLocalService.addColumn(
					expandoTable.getTableId(), columnName,
					ExpandoColumnConstants.STRING);
			}
		}

		_addRole(
			companyId, PreauRoleConstants.ESTABLISHMENT_ADMINISTRATOR,
			RoleConstants.TYPE_ORGANIZATION);

		for (String name : _REGULAR_ROLES) {
			_addRole(companyId, name, RoleConstants.TYPE_REGULAR);
		}
	}

	private void _addRole(long companyId, String name, int type)
		throws PortalException {

		if (_roleLocalService.fetchRole(companyId, name) != null) {
			return;
		}

		_roleLocalService.addRole(
			_userLocalService.getGuestUserId(companyId), null, 0, name, null,
			null, type, null, null);
	}

	private static final List<String> _REGULAR_ROLES = Arrays.asList(
		PreauRoleConstants.ACADEMY_ADMINISTRATOR, PreauRoleConstants.GUEST,
		PreauRoleConstants.PARENT, PreauRoleConstants.PUPIL,
		PreauRoleConstants.STAFF, PreauRoleConstants.TEACHER);

	private final ExpandoColumnLocalService _expandoColumnLocalService;
	private final ExpandoTableLocalService _expandoTableLocalService;
	private final RoleLocalService _roleLocalService;
	private final UserLocalService _userLocalService;

}
