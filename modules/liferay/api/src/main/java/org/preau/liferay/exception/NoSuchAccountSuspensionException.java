/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package org.preau.liferay.exception;

import com.liferay.portal.kernel.exception.NoSuchModelException;

/**
 * @author Préau
 */
public class NoSuchAccountSuspensionException extends NoSuchModelException {

	public NoSuchAccountSuspensionException() {
	}

	public NoSuchAccountSuspensionException(String msg) {
		super(msg);
	}

	public NoSuchAccountSuspensionException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public NoSuchAccountSuspensionException(Throwable throwable) {
		super(throwable);
	}

}