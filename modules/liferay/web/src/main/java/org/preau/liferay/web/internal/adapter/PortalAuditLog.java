package org.preau.liferay.web.internal.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.preau.core.audit.model.AuditEvent;
import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.port.out.AuditLog;
import org.preau.liferay.service.AuditEventLocalService;

/**
 * The audit trail in Préau's own table, one trail per portal instance. The stored time is the one the service gives
 * the row when it appends it, which is the time of the action.
 */
public class PortalAuditLog implements AuditLog {

	public PortalAuditLog(
		AuditEventLocalService auditEventLocalService,
		LongSupplier companyIdSupplier) {

		_auditEventLocalService = auditEventLocalService;
		_companyIdSupplier = companyIdSupplier;
	}

	@Override
	public List<AuditEvent> latest(int limit) {
		List<AuditEvent> auditEvents = new ArrayList<>();

		for (org.preau.liferay.model.AuditEvent auditEvent :
				_auditEventLocalService.getCompanyAuditEvents(
					_companyIdSupplier.getAsLong(), 0, limit)) {

			auditEvents.add(
				new AuditEvent(
					auditEvent.getCreateDate(
					).toInstant(),
					auditEvent.getActor(), auditEvent.getAction(),
					auditEvent.getTarget(),
					Outcome.valueOf(auditEvent.getOutcome()),
					auditEvent.getDetail()));
		}

		return auditEvents;
	}

	@Override
	public void record(AuditEvent event) {
		_auditEventLocalService.addAuditEvent(
			_companyIdSupplier.getAsLong(), event.actor(), event.action(),
			event.target(), event.outcome().name(), event.detail());
	}

	private final AuditEventLocalService _auditEventLocalService;
	private final LongSupplier _companyIdSupplier;

}
