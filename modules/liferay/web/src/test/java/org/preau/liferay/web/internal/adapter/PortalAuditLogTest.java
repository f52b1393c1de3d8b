package org.preau.liferay.web.internal.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.audit.model.AuditEvent;
import org.preau.core.audit.model.Outcome;
import org.preau.liferay.service.AuditEventLocalService;
import org.preau.liferay.web.internal.test.Fakes;

public class PortalAuditLogTest {

	@Test
	public void givenRecordedEvents_thenTheLatestAreReadBackNewestFirstInTheCompanysTrail() {
		_auditLog.record(
			new AuditEvent(
				_AT, "jdupont", "directory.view-overview", "0310001A",
				Outcome.SUCCESS, ""));
		_auditLog.record(
			new AuditEvent(
				_AT, "mmartin", "directory.view-overview", "0310002B",
				Outcome.DENIED, "mmartin does not administer 0310002B"));

		List<AuditEvent> latest = _auditLog.latest(1);

		Assertions.assertEquals(1, latest.size());

		AuditEvent auditEvent = latest.get(0);

		Assertions.assertEquals("mmartin", auditEvent.actor());
		Assertions.assertEquals(Outcome.DENIED, auditEvent.outcome());
		Assertions.assertEquals("0310002B", auditEvent.target());
		Assertions.assertEquals(
			"mmartin does not administer 0310002B", auditEvent.detail());
		Assertions.assertEquals(_AT, auditEvent.at());
		Assertions.assertEquals(
			List.of(7L, 7L),
			List.of(
				_rows.get(0).getCompanyId(), _rows.get(1).getCompanyId()));
	}

	private static final Instant _AT = Instant.parse("2026-09-01T06:00:00Z");

	private final List<org.preau.liferay.model.AuditEvent> _rows =
		new ArrayList<>();

	private final PortalAuditLog _auditLog = new PortalAuditLog(
		Fakes.service(
			AuditEventLocalService.class,
			Map.of(
				"addAuditEvent",
				arguments -> {
					org.preau.liferay.model.AuditEvent row = Fakes.model(
						org.preau.liferay.model.AuditEvent.class,
						Fakes.properties(
							"action", arguments[2], "actor", arguments[1],
							"companyId", arguments[0], "createDate",
							Date.from(_AT), "detail", arguments[5], "outcome",
							arguments[4], "target", arguments[3]));

					_rows.add(0, row);

					return row;
				},
				"getCompanyAuditEvents",
				arguments -> _rows.subList(
					0, Math.min(_rows.size(), (Integer)arguments[2])))),
		() -> 7L);

}
