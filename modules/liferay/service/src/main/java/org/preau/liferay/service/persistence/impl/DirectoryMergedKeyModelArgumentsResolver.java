/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.persistence.impl;

import com.liferay.portal.kernel.dao.orm.ArgumentsResolver;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.model.BaseModel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

import org.preau.liferay.model.DirectoryMergedKeyTable;
import org.preau.liferay.model.impl.DirectoryMergedKeyImpl;
import org.preau.liferay.model.impl.DirectoryMergedKeyModelImpl;

/**
 * The arguments resolver class for retrieving value from DirectoryMergedKey.
 *
 * @author Préau
 * @generated
 */
@Component(
	property = {
		"class.name=org.preau.liferay.model.impl.DirectoryMergedKeyImpl",
		"table.name=Preau_DirectoryMergedKey"
	},
	service = ArgumentsResolver.class
)
public class DirectoryMergedKeyModelArgumentsResolver
	implements ArgumentsResolver {

	@Override
	public Object[] getArguments(
		FinderPath finderPath, BaseModel<?> baseModel, boolean checkColumn,
		boolean original) {

		String[] columnNames = finderPath.getColumnNames();

		if ((columnNames == null) || (columnNames.length == 0)) {
			if (baseModel.isNew()) {
				return new Object[0];
			}

			return null;
		}

		DirectoryMergedKeyModelImpl directoryMergedKeyModelImpl =
			(DirectoryMergedKeyModelImpl)baseModel;

		long columnBitmask = directoryMergedKeyModelImpl.getColumnBitmask();

		if (!checkColumn || (columnBitmask == 0)) {
			return _getValue(
				directoryMergedKeyModelImpl, columnNames, original);
		}

		Long finderPathColumnBitmask = _finderPathColumnBitmasksCache.get(
			finderPath);

		if (finderPathColumnBitmask == null) {
			finderPathColumnBitmask = 0L;

			for (String columnName : columnNames) {
				finderPathColumnBitmask |=
					directoryMergedKeyModelImpl.getColumnBitmask(columnName);
			}

			if (finderPath.isBaseModelResult() &&
				(DirectoryMergedKeyPersistenceImpl.
					FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION ==
						finderPath.getCacheName())) {

				finderPathColumnBitmask |= _ORDER_BY_COLUMNS_BITMASK;
			}

			_finderPathColumnBitmasksCache.put(
				finderPath, finderPathColumnBitmask);
		}

		if ((columnBitmask & finderPathColumnBitmask) != 0) {
			return _getValue(
				directoryMergedKeyModelImpl, columnNames, original);
		}

		return null;
	}

	@Override
	public String getClassName() {
		return DirectoryMergedKeyImpl.class.getName();
	}

	@Override
	public String getTableName() {
		return DirectoryMergedKeyTable.INSTANCE.getTableName();
	}

	private static Object[] _getValue(
		DirectoryMergedKeyModelImpl directoryMergedKeyModelImpl,
		String[] columnNames, boolean original) {

		Object[] arguments = new Object[columnNames.length];

		for (int i = 0; i < arguments.length; i++) {
			String columnName = columnNames[i];

			if (original) {
				arguments[i] =
					directoryMergedKeyModelImpl.getColumnOriginalValue(
						columnName);
			}
			else {
				arguments[i] = directoryMergedKeyModelImpl.getColumnValue(
					columnName);
			}
		}

		return arguments;
	}

	private static final Map<FinderPath, Long> _finderPathColumnBitmasksCache =
		new ConcurrentHashMap<>();

	private static final long _ORDER_BY_COLUMNS_BITMASK;

	static {
		long orderByColumnsBitmask = 0;

		_ORDER_BY_COLUMNS_BITMASK = orderByColumnsBitmask;
	}

}