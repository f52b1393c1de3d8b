package org.preau.liferay.web.internal.adapter;

import com.liferay.expando.kernel.model.ExpandoValue;
import com.liferay.expando.kernel.service.ExpandoValueLocalService;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The custom field values of one table of one class of entities. A missing value reads as an empty string, and a
 * value is written only when it changes, so that saving the same data again writes nothing.
 */
public class CustomFields {

	public CustomFields(
		String className, String tableName,
		ExpandoValueLocalService expandoValueLocalService) {

		_className = className;
		_tableName = tableName;
		_expandoValueLocalService = expandoValueLocalService;
	}

	public Optional<Long> classPK(
		long companyId, String columnName, String data) {

		for (ExpandoValue expandoValue :
				_expandoValueLocalService.getColumnValues(
					companyId, _className, _tableName, columnName, data, 0,
					1)) {

			return Optional.of(expandoValue.getClassPK());
		}

		return Optional.empty();
	}

	/**
	 * Returns the primary keys of the entities whose column holds the data, in the order of the values.
	 */
	public List<Long> classPKs(long companyId, String columnName, String data) {
		List<Long> classPKs = new ArrayList<>();

		for (ExpandoValue expandoValue :
				_expandoValueLocalService.getColumnValues(
					companyId, _className, _tableName, columnName, data,
					QueryUtil.ALL_POS, QueryUtil.ALL_POS)) {

			classPKs.add(expandoValue.getClassPK());
		}

		return classPKs;
	}

	public String get(long companyId, long classPK, String columnName) {
		try {
			String data = _expandoValueLocalService.getData(
				companyId, _className, _tableName, columnName, classPK, "");

			if (data == null) {
				return "";
			}

			return data.trim();
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"cannot read " + columnName + " of " + _className + " " +
					classPK,
				portalException);
		}
	}

	/**
	 * Stores the data unless the column already holds it; null stands for an empty value.
	 */
	public void set(
		long companyId, long classPK, String columnName, String data) {

		String value = (data == null) ? "" : data;

		if (value.equals(get(companyId, classPK, columnName))) {
			return;
		}

		try {
			_expandoValueLocalService.addValue(
				companyId, _className, _tableName, columnName, classPK, value);
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(
				"cannot store " + columnName + " of " + _className + " " +
					classPK,
				portalException);
		}
	}

	/**
	 * Returns every value of the column, by primary key.
	 */
	public Map<Long, String> values(long companyId, String columnName) {
		Map<Long, String> values = new LinkedHashMap<>();

		for (ExpandoValue expandoValue :
				_expandoValueLocalService.getColumnValues(
					companyId, _className, _tableName, columnName,
					QueryUtil.ALL_POS, QueryUtil.ALL_POS)) {

			values.put(expandoValue.getClassPK(), expandoValue.getData());
		}

		return values;
	}

	private final String _className;
	private final ExpandoValueLocalService _expandoValueLocalService;
	private final String _tableName;

}
