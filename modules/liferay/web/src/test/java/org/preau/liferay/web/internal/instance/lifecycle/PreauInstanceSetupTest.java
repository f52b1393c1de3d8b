package org.preau.liferay.web.internal.instance.lifecycle;

import com.liferay.expando.kernel.model.ExpandoColumn;
import com.liferay.expando.kernel.model.ExpandoTable;
import com.liferay.expando.kernel.model.ExpandoTableConstants;
import com.liferay.expando.kernel.service.ExpandoColumnLocalService;
import com.liferay.expando.kernel.service.ExpandoTableLocalService;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserGroup;
import com.liferay.portal.kernel.model.role.RoleConstants;
import com.liferay.portal.kernel.service.ClassNameLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.liferay.web.constants.PreauExpandoConstants;
import org.preau.liferay.web.constants.PreauRoleConstants;
import org.preau.liferay.web.internal.test.Fakes;

public class PreauInstanceSetupTest {

	@Test
	public void givenANewInstance_whenSetUpTwice_thenItHasTheFieldsAndRolesOnce()
		throws Exception {

		_preauInstanceSetup.setUp(1L);
		_preauInstanceSetup.setUp(1L);

		Assertions.assertEquals(
			List.of(
				_key(
					Organization.class.getName(),
					ExpandoTableConstants.DEFAULT_TABLE_NAME),
				_key(
					User.class.getName(),
					ExpandoTableConstants.DEFAULT_TABLE_NAME),
				_key(
					UserGroup.class.getName(),
					ExpandoTableConstants.DEFAULT_TABLE_NAME),
				_key(
					Company.class.getName(),
					PreauExpandoConstants.NOMENCLATURE_LEVELS),
				_key(
					Company.class.getName(),
					PreauExpandoConstants.NOMENCLATURE_SUBJECTS)),
			_tables);
		Assertions.assertEquals(
			List.of(
				PreauExpandoConstants.ORGANIZATION_CITY,
				PreauExpandoConstants.ORGANIZATION_ESTABLISHMENT_KIND,
				PreauExpandoConstants.ORGANIZATION_UAI),
			_columns(0));
		Assertions.assertEquals(13, _columns(1).size());
		Assertions.assertTrue(
			_columns(
				1
			).containsAll(
				List.of(
					PreauExpandoConstants.USER_EXTERNAL_ID,
					PreauExpandoConstants.USER_INE,
					PreauExpandoConstants.USER_PROFILE,
					PreauExpandoConstants.USER_SOURCE,
					PreauExpandoConstants.USER_STATE)
			));
		Assertions.assertEquals(
			List.of(
				PreauExpandoConstants.USER_GROUP_CLASS_CODES,
				PreauExpandoConstants.USER_GROUP_MEF_CODE),
			_columns(2));
		Assertions.assertEquals(
			List.of(
				PreauExpandoConstants.NOMENCLATURE_CODE,
				PreauExpandoConstants.NOMENCLATURE_LABEL),
			_columns(4));
		Assertions.assertEquals(7, _roleTypes.size());
		Assertions.assertEquals(
			RoleConstants.TYPE_ORGANIZATION,
			_roleTypes.get(PreauRoleConstants.ESTABLISHMENT_ADMINISTRATOR));
		Assertions.assertEquals(
			RoleConstants.TYPE_REGULAR,
			_roleTypes.get(PreauRoleConstants.ACADEMY_ADMINISTRATOR));
		Assertions.assertEquals(
			RoleConstants.TYPE_REGULAR,
			_roleTypes.get(PreauRoleConstants.PUPIL));
	}

	private ExpandoTable _addTable(String key) {
		_tables.add(key);

		return _table(key);
	}

	private List<String> _columns(long tableId) {
		return _columns.getOrDefault(tableId, List.of());
	}

	private String _key(String className, String tableName) {
		return className + "#" + tableName;
	}

	private ExpandoTable _table(String key) {
		int index = _tables.indexOf(key);

		if (index < 0) {
			return null;
		}

		return Fakes.model(
			ExpandoTable.class, Fakes.properties("tableId", (long)index));
	}

	private final Map<Long, List<String>> _columns = new TreeMap<>();
	private final Map<String, Integer> _roleTypes = new TreeMap<>();
	private final List<String> _tables = new ArrayList<>();

	private final PreauInstanceSetup _preauInstanceSetup =
		new PreauInstanceSetup(
			Fakes.service(
				ClassNameLocalService.class,
				Map.of("getClassNameId", arguments -> 0L)),
			Fakes.service(
				ExpandoColumnLocalService.class,
				Map.of(
					"addColumn",
					arguments -> {
						_columns.computeIfAbsent(
							(Long)arguments[0], key -> new ArrayList<>()
						).add(
							(String)arguments[1]
						);

						return null;
					},
					"getColumn",
					arguments -> _columns(
						(Long)arguments[0]
					).contains(
						arguments[1]
					) ? Fakes.model(ExpandoColumn.class, Fakes.properties()) :
						null)),
			Fakes.service(
				ExpandoTableLocalService.class,
				Map.of(
					"addDefaultTable",
					arguments -> _addTable(
						_key(
							(String)arguments[1],
							ExpandoTableConstants.DEFAULT_TABLE_NAME)),
					"addTable",
					arguments -> _addTable(
						_key((String)arguments[1], (String)arguments[2])),
					"fetchDefaultTable",
					arguments -> _table(
						_key(
							(String)arguments[1],
							ExpandoTableConstants.DEFAULT_TABLE_NAME)),
					"fetchTable",
					arguments -> _table(
						_key(
							Company.class.getName(), (String)arguments[2])))),
			Fakes.service(
				RoleLocalService.class,
				Map.of(
					"addRole",
					arguments -> {
						_roleTypes.put(
							(String)arguments[3], (Integer)arguments[6]);

						return null;
					},
					"fetchRole",
					arguments -> _roleTypes.containsKey(arguments[1]) ?
						Fakes.model(Role.class, Fakes.properties()) : null)),
			Fakes.service(
				UserLocalService.class,
				Map.of("getGuestUserId", arguments -> 99L)));

}
