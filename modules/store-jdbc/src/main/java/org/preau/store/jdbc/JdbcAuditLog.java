package org.preau.store.jdbc;

import java.util.List;

import org.preau.core.audit.model.AuditEvent;
import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.port.out.AuditLog;

/**
 * The audit trail, in the Service Builder table Preau_AuditEvent (company 0 in the embedded host). A target too long
 * for its column is shortened rather than refused: the trail must keep every event.
 */
class JdbcAuditLog implements AuditLog {

	JdbcAuditLog(JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public List<AuditEvent> latest(int limit) {
		if (limit < 0) {
			throw new IllegalArgumentException(
				"limit " + limit + " must not be negative");
		}

		return _transactions.read(
			connection -> Sql.query(
				connection,
				"select createDate, actor, action, target, outcome, detail " +
					"from Preau_AuditEvent where companyId = ? order by " +
						"createDate desc, auditEventId desc fetch first ? " +
							"rows only",
				resultSet -> new AuditEvent(
					Sql.instant(resultSet, "createDate"),
					resultSet.getString("actor"),
					resultSet.getString("action"),
					resultSet.getString("target"),
					Outcome.valueOf(resultSet.getString("outcome")),
					resultSet.getString("detail")),
				JdbcStore.COMPANY_ID, limit));
	}

	@Override
	public void record(AuditEvent event) {
		_transactions.write(
			connection -> Sql.update(
				connection,
				"insert into Preau_AuditEvent (auditEventId, companyId, " +
					"createDate, actor, action, target, outcome, detail) " +
						"values (next value for Preau_IdSequence, ?, ?, ?, ?, " +
							"?, ?, ?)",
				JdbcStore.COMPANY_ID, event.at(),
				Sql.shorten(event.actor(), _SHORT_LENGTH),
				Sql.shorten(event.action(), _SHORT_LENGTH),
				Sql.shorten(event.target(), _TARGET_LENGTH),
				event.outcome().name(),
				Sql.shorten(event.detail(), AuditEvent.MAX_DETAIL_LENGTH)));
	}

	private static final int _SHORT_LENGTH = 75;

	private static final int _TARGET_LENGTH = 255;

	private final JdbcTransactions _transactions;

}
