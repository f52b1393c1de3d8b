package org.preau.liferay.web.internal.instance.lifecycle;

import com.liferay.expando.kernel.model.ExpandoColumn;
import com.liferay.expando.kernel.model.ExpandoTable;
import com.liferay.expando.kernel.service.ExpandoColumnLocalService;
import com.liferay.expando.kernel.service.ExpandoTableLocalService;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.role.RoleConstants;
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

		Assertions.assertEquals(List.of(Organization.class.getName()), _tables);
		Assertions.assertEquals(
			List.of(
				PreauExpandoConstants.ORGANIZATION_ESTABLISHMENT_KIND,
				PreauExpandoConstants.ORGANIZATION_UAI),
			_columns);
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

	private final List<String> _columns = new ArrayList<>();
	private final Map<String, Integer> _roleTypes = new TreeMap<>();
	private final List<String> _tables = new ArrayList<>();

	private final PreauInstanceSetup _preauInstanceSetup =
		new PreauInstanceSetup(
			Fakes.service(
				ExpandoColumnLocalService.class,
				Map.of(
					"addColumn",
					arguments -> {
						_columns.add((String)arguments[1]);

						return null;
					},
					"getColumn",
					arguments -> _columns.contains(arguments[1]) ?
						Fakes.model(ExpandoColumn.class, Fakes.properties()) :
							null)),
			Fakes.service(
				ExpandoTableLocalService.class,
				Map.of(
					"addDefaultTable",
					arguments -> {
						_tables.add((String)arguments[1]);

						return Fakes.model(
							ExpandoTable.class, Fakes.properties("tableId", 7L));
					},
					"fetchDefaultTable",
					arguments -> _tables.contains(arguments[1]) ?
						Fakes.model(
							ExpandoTable.class, Fakes.properties("tableId", 7L)) :
								null)),
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
