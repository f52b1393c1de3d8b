/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package org.preau.liferay.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Préau
 */
public class NoSuchDirectoryMergedKeyException extends NoSuchModelException {

	public NoSuchDirectoryMergedKeyException() {
	}

	public NoSuchDirectoryMergedKeyException(String msg) {
		super(msg);
	}

	public NoSuchDirectoryMergedKeyException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchDirectoryMergedKeyException(Throwable throwable) {
		super(throwable);
	}

}