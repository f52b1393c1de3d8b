package org.preau.liferay.web.internal.test;

import com.liferay.expando.kernel.model.ExpandoTableConstants;
import com.liferay.expando.kernel.model.ExpandoValue;
import com.liferay.expando.kernel.service.ExpandoValueLocalService;
import com.liferay.portal.kernel.model.Organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Custom field values kept in memory by class, table, column and primary key, with the number of values written. The
 * two-argument accessors read and write the default table of organizations.
 */
public class FakeExpandoValues {

	/**
	 * Returns every non-empty value, one a line, in the order of class, table, column and primary key: an empty value
	 * reads as no value.
	 */
	public String dump() {
		StringBuilder sb = new StringBuilder();

		for (Map.Entry<String, Map<Long, String>> entry : _values.entrySet()) {
			for (Map.Entry<Long, String> value :
					entry.getValue(
					).entrySet()) {

				if (!value.getValue(
					).isEmpty()) {

					sb.append(
						entry.getKey()
					).append(
						' '
					).append(
						value.getKey()
					).append(
						'='
					).append(
						value.getValue()
					).append(
						'\n'
					);
				}
			}
		}

		return sb.toString();
	}

	public String get(String columnName, long classPK) {
		return get(
			Organization.class.getName(),
			ExpandoTableConstants.DEFAULT_TABLE_NAME, columnName, classPK);
	}

	public String get(
		String className, String tableName, String columnName, long classPK) {

		return _values.getOrDefault(
			_key(className, tableName, columnName), Map.of()
		).get(
			classPK
		);
	}

	public void put(String columnName, long classPK, String data) {
		put(
			Organization.class.getName(),
			ExpandoTableConstants.DEFAULT_TABLE_NAME, columnName, classPK,
			data);
	}

	public void put(
		String className, String tableName, String columnName, long classPK,
		String data) {

		_values.computeIfAbsent(
			_key(className, tableName, columnName), key -> new TreeMap<>()
		).put(
			classPK, data
		);
	}

	public ExpandoValueLocalService service() {
		return Fakes.service(
			ExpandoValueLocalService.class,
			Map.of(
				"addValue",
				arguments -> {

					// (companyId, className, tableName, columnName, classPK, data)

					_writes++;

					put(
						(String)arguments[1], (String)arguments[2],
						(String)arguments[3], (Long)arguments[4],
						(String)arguments[5]);

					return null;
				},
				"getColumnValues",
				arguments -> {

					// (companyId, className, tableName, columnName[, data], start, end)

					String data = (arguments.length == 7) ?
						(String)arguments[4] : null;
					int end = (Integer)arguments[arguments.length - 1];

					List<ExpandoValue> expandoValues = new ArrayList<>();

					_values.getOrDefault(
						_key(
							(String)arguments[1], (String)arguments[2],
							(String)arguments[3]),
						Map.of()
					).forEach(
						(classPK, value) -> {
							if ((data == null) || data.equals(value)) {
								expandoValues.add(
									Fakes.model(
										ExpandoValue.class,
										Fakes.properties(
											"classPK", classPK, "data",
											value)));
							}
						}
					);

					if ((end >= 0) && (end < expandoValues.size())) {
						return new ArrayList<>(expandoValues.subList(0, end));
					}

					return expandoValues;
				},
				"getData",
				arguments -> {
					String value = get(
						(String)arguments[1], (String)arguments[2],
						(String)arguments[3], (Long)arguments[4]);

					return (value == null) ? arguments[5] : value;
				}));
	}

	/**
	 * Returns how many values were written through the service.
	 */
	public int writes() {
		return _writes;
	}

	private String _key(String className, String tableName, String columnName) {
		return className + "#" + tableName + "#" + columnName;
	}

	private final Map<String, Map<Long, String>> _values = new TreeMap<>();
	private int _writes;

}
