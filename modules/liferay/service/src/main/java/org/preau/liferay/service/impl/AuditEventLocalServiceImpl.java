/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.preau.liferay.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.model.ModelHintsUtil;
import com.liferay.portal.kernel.util.StringUtil;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import org.preau.liferay.model.AuditEvent;
import org.preau.liferay.service.base.AuditEventLocalServiceBaseImpl;

/**
 * @author Préau
 */
@Component(
	property = "model.class.name=org.preau.liferay.model.AuditEvent",
	service = AopService.class
)
public class AuditEventLocalServiceImpl extends AuditEventLocalServiceBaseImpl {

	/**
	 * Appends an event. A target or detail longer than its column is shortened: the trail must never refuse an event.
	 */
	@Override
	public AuditEvent addAuditEvent(
		long companyId, String actor, String action, String target,
		String outcome, String detail) {

		AuditEvent auditEvent = auditEventPersistence.create(
			counterLocalService.increment());

		auditEvent.setCompanyId(companyId);
		auditEvent.setCreateDate(new Date());
		auditEvent.setActor(actor);
		auditEvent.setAction(action);
		auditEvent.setTarget(_shorten("target", target));
		auditEvent.setOutcome(outcome);
		auditEvent.setDetail(_shorten("detail", detail));

		return auditEventPersistence.update(auditEvent);
	}

	/**
	 * Returns a range of the company's events, newest first.
	 */
	@Override
	public List<AuditEvent> getCompanyAuditEvents(
		long companyId, int start, int end) {

		return auditEventPersistence.findByCompanyId(companyId, start, end);
	}

	private String _shorten(String field, String value) {
		if (value == null) {
			return "";
		}

		return StringUtil.shorten(
			value,
			ModelHintsUtil.getMaxLength(AuditEvent.class.getName(), field));
	}

}
