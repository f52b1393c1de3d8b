package org.preau.liferay.web.internal.test;

import com.liferay.expando.kernel.model.ExpandoValue;
import com.liferay.expando.kernel.service.ExpandoValueLocalService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The custom field values of one class of entities, kept in memory by column and primary key.
 */
public class FakeExpandoValues {

	public String get(String columnName, long classPK) {
		return _values.getOrDefault(
			columnName, Map.of()
		).get(
			classPK
		);
	}

	public void put(String columnName, long classPK, String data) {
		_values.computeIfAbsent(
			columnName, key -> new TreeMap<>()
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
					put(
						(String)arguments[3], (Long)arguments[4],
						(String)arguments[5]);

					return null;
				},
				"getColumnValues",
				arguments -> {

					// (companyId, className, tableName, columnName[, data], start, end)

					String columnName = (String)arguments[3];
					String data = (arguments.length == 7) ?
						(String)arguments[4] : null;

					List<ExpandoValue> expandoValues = new ArrayList<>();

					_values.getOrDefault(
						columnName, Map.of()
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

					return expandoValues;
				},
				"getData",
				arguments -> {
					String value = get(
						(String)arguments[3], (Long)arguments[4]);

					return (value == null) ? arguments[5] : value;
				}));
	}

	private final Map<String, Map<Long, String>> _values = new TreeMap<>();

}
