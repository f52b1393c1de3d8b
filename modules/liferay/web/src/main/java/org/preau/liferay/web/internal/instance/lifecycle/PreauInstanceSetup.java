package org.preau.liferay.web.internal.instance.lifecycle;

import com.liferay.expando.kernel.model.ExpandoColumnConstants;
import com.liferay.expando.kernel.model.ExpandoTable;
import com.liferay.expando.kernel.service.ExpandoColumnLocalService;
import com.liferay.expando.kernel.service.ExpandoTableLocalService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserGroup;
import com.liferay.portal.kernel.model.role.RoleConstants;
import com.liferay.portal.kernel.service.ClassNameLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.Arrays;
import java.util.List;

import org.preau.liferay.web.constants.PreauExpandoConstants;
import org.preau.liferay.web.constants.PreauRoleConstants;

/**
 * Gives a portal instance the custom fields, the nomenclature tables and the roles Préau reads and writes, so that
 * administrators only have to assign the roles. What exists already is left as it is, so running it again changes
 * nothing.
 */
public class PreauInstanceSetup {

	public PreauInstanceSetup(
		ClassNameLocalService classNameLocalService,
		ExpandoColumnLocalService expandoColumnLocalService,
		ExpandoTableLocalService expandoTableLocalService,
		RoleLocalService roleLocalService, UserLocalService userLocalService) {

		_classNameLocalService = classNameLocalService;
		_expandoColumnLocalService = expandoColumnLocalService;
		_expandoTableLocalService = expandoTableLocalService;
		_roleLocalService = roleLocalService;
		_userLocalService = userLocalService;
	}

	public void setUp(long companyId) throws PortalException {
		_addColumns(
			_defaultTable(companyId, Organization.class.getName()),
			PreauExpandoConstants.ORGANIZATION_CITY,
			PreauExpandoConstants.ORGANIZATION_ESTABLISHMENT_KIND,
			PreauExpandoConstants.ORGANIZATION_UAI);
		_addColumns(
			_defaultTable(companyId, User.class.getName()),
			PreauExpandoConstants.USER_BIRTH_DATE,
			PreauExpandoConstants.USER_CLASS,
			PreauExpandoConstants.USER_DELETION_PROPOSED_ON,
			PreauExpandoConstants.USER_DETACHED_ON,
			PreauExpandoConstants.USER_EMAIL,
			PreauExpandoConstants.USER_EXTERNAL_ID,
			PreauExpandoConstants.USER_FUNCTIONS,
			PreauExpandoConstants.USER_INE,
			PreauExpandoConstants.USER_PROFILE,
			PreauExpandoConstants.USER_SOURCE,
			PreauExpandoConstants.USER_SOURCE_KEYS,
			PreauExpandoConstants.USER_STATE, PreauExpandoConstants.USER_UAI);
		_addColumns(
			_defaultTable(companyId, UserGroup.class.getName()),
			PreauExpandoConstants.USER_GROUP_CLASS_CODES,
			PreauExpandoConstants.USER_GROUP_MEF_CODE);

		for (String tableName :
				Arrays.asList(
					PreauExpandoConstants.NOMENCLATURE_LEVELS,
					PreauExpandoConstants.NOMENCLATURE_SUBJECTS)) {

			_addColumns(
				_table(companyId, Company.class.getName(), tableName),
				PreauExpandoConstants.NOMENCLATURE_CODE,
				PreauExpandoConstants.NOMENCLATURE_LABEL);
		}

		_addRole(
			companyId, PreauRoleConstants.ESTABLISHMENT_ADMINISTRATOR,
			RoleConstants.TYPE_ORGANIZATION);

		for (String name : _REGULAR_ROLES) {
			_addRole(companyId, name, RoleConstants.TYPE_REGULAR);
		}
	}

	private void _addColumns(ExpandoTable expandoTable, String... columnNames)
		throws PortalException {

		for (String columnName : columnNames) {
			if (_expandoColumnLocalService.getColumn(
					expandoTable.getTableId(), columnName) == null) {

				_expandoColumnLocalService.addColumn(
					expandoTable.getTableId(), columnName,
					ExpandoColumnConstants.STRING);
			}
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

	private ExpandoTable _defaultTable(long companyId, String className)
		throws PortalException {

		ExpandoTable expandoTable = _expandoTableLocalService.fetchDefaultTable(
			companyId, className);

		if (expandoTable == null) {
			expandoTable = _expandoTableLocalService.addDefaultTable(
				companyId, className);
		}

		return expandoTable;
	}

	private ExpandoTable _table(
			long companyId, String className, String tableName)
		throws PortalException {

		ExpandoTable expandoTable = _expandoTableLocalService.fetchTable(
			companyId, _classNameLocalService.getClassNameId(className),
			tableName);

		if (expandoTable == null) {
			expandoTable = _expandoTableLocalService.addTable(
				companyId, className, tableName);
		}

		return expandoTable;
	}

	private static final List<String> _REGULAR_ROLES = Arrays.asList(
		PreauRoleConstants.ACADEMY_ADMINISTRATOR, PreauRoleConstants.GUEST,
		PreauRoleConstants.PARENT, PreauRoleConstants.PUPIL,
		PreauRoleConstants.STAFF, PreauRoleConstants.TEACHER);

	private final ClassNameLocalService _classNameLocalService;
	private final ExpandoColumnLocalService _expandoColumnLocalService;
	private final ExpandoTableLocalService _expandoTableLocalService;
	private final RoleLocalService _roleLocalService;
	private final UserLocalService _userLocalService;

}
