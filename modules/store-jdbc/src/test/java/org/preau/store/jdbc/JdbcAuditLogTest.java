package org.preau.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.core.audit.model.AuditEvent;
import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.port.out.AuditLog;

public class JdbcAuditLogTest {

	@AfterEach
	public void tearDown() {
		_database.close();
	}

	@BeforeEach
	public void setUp() {
		_database = H2Database.inMemory("audit");
		_auditLog = new JdbcStore(_database.dataSource()).auditLog();
	}

	@Test
	public void givenEvents_thenLatestAreNewestFirstAndLimited() {
		_auditLog.record(_event("2026-09-01T08:00:00Z", "first"));
		_auditLog.record(_event("2026-09-03T08:00:00Z", "third"));
		_auditLog.record(_event("2026-09-02T08:00:00Z", "second"));
		_auditLog.record(_event("2026-09-03T08:00:00Z", "third-later"));

		List<AuditEvent> latest = _auditLog.latest(3);

		assertEquals(3, latest.size());
		assertEquals("third-later", latest.get(0).target());
		assertEquals("third", latest.get(1).target());
		assertEquals("second", latest.get(2).target());
		assertEquals(4, _auditLog.latest(10).size());
	}

	@Test
	public void givenEventWithLongTarget_thenRecordedWithTheTargetShortened() {
		_auditLog.record(
			new AuditEvent(
				Instant.parse("2026-09-01T08:00:00.123456Z"), "admin",
				"directory.import", "0310001A ".repeat(50), Outcome.DENIED,
				"y".repeat(1500)));

		AuditEvent stored = _auditLog.latest(1).get(0);

		assertEquals(Instant.parse("2026-09-01T08:00:00.123456Z"), stored.at());
		assertEquals("admin", stored.actor());
		assertEquals("directory.import", stored.action());
		assertEquals(255, stored.target().length());
		assertEquals(Outcome.DENIED, stored.outcome());
		assertEquals(AuditEvent.MAX_DETAIL_LENGTH, stored.detail().length());
	}

	private static AuditEvent _event(String at, String target) {
		return new AuditEvent(
			Instant.parse(at), "admin", "directory.view-overview", target,
			Outcome.SUCCESS, "");
	}

	private AuditLog _auditLog;
	private H2Database _database;

}
