package org.preau.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.preau.core.accounts.model.SuspensionEvent;
import org.preau.core.accounts.port.out.Suspensions;
import org.preau.core.directory.model.Uai;

/**
 * The suspensions in force in Preau_Suspension, their history in Preau_SuspensionEvent; both written in batches.
 */
class JdbcSuspensions implements Suspensions {

	JdbcSuspensions(JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public List<SuspensionEvent> endingBy(LocalDate day) {
		return _transactions.read(
			connection -> Sql.query(
				connection,
				"select createDate, actor, login, uai, 'suspend' as action, " +
					"reason, untilDate from Preau_Suspension where untilDate " +
						"<= ? order by login",
				JdbcSuspensions::_event, day));
	}

	@Override
	public List<SuspensionEvent> history(Uai uai, int limit) {
		return _transactions.read(
			connection -> Sql.query(
				connection,
				"select createDate, actor, login, uai, action, reason, " +
					"untilDate from Preau_SuspensionEvent where uai = ? order " +
						"by createDate desc, suspensionEventId desc limit ?",
				JdbcSuspensions::_event, uai.value(), limit));
	}

	@Override
	public void recordAll(Collection<SuspensionEvent> events) {
		_transactions.write(
			connection -> {
				_record(connection, events);

				return null;
			});
	}

	@Override
	public boolean suspended(String login) {
		return _transactions.read(
			connection -> Sql.queryOne(
				connection, "select 1 from Preau_Suspension where login = ?",
				resultSet -> true, login
			).isPresent());
	}

	private static SuspensionEvent _event(ResultSet resultSet)
		throws SQLException {

		return new SuspensionEvent(
			Sql.instant(resultSet, "createDate"), resultSet.getString("actor"),
			resultSet.getString("login"), Uai.of(resultSet.getString("uai")),
			resultSet.getString("action"), resultSet.getString("reason"),
			resultSet.getObject("untilDate", LocalDate.class));
	}

	private void _record(
			Connection connection, Collection<SuspensionEvent> events)
		throws SQLException {

		long[] ids = Sql.nextIds(connection, events.size());

		List<Object[]> history = new ArrayList<>(events.size());
		List<Object[]> suspended = new ArrayList<>();
		List<Object[]> reactivated = new ArrayList<>();

		int i = 0;

		for (SuspensionEvent event : events) {
			String reason = Sql.shorten(event.reason(), 500);

			history.add(
				new Object[] {
					ids[i++], event.login(), event.uai().value(),
					event.action(), reason, event.until().orElse(null),
					event.actor(), event.at()
				});

			if (event.action().equals(SuspensionEvent.ACTION_SUSPEND)) {
				suspended.add(
					new Object[] {
						event.login(), event.uai().value(), reason,
						event.until().orElse(null), event.actor(), event.at()
					});
			}
			else {
				reactivated.add(new Object[] {event.login()});
			}
		}

		Sql.batch(
			connection,
			"insert into Preau_SuspensionEvent (suspensionEventId, login, " +
				"uai, action, reason, untilDate, actor, createDate) values (?, " +
					"?, ?, ?, ?, ?, ?, ?)",
			history);
		Sql.batch(
			connection,
			"merge into Preau_Suspension (login, uai, reason, untilDate, " +
				"actor, createDate) key (login) values (?, ?, ?, ?, ?, ?)",
			suspended);
		Sql.batch(
			connection, "delete from Preau_Suspension where login = ?",
			reactivated);
	}

	private final JdbcTransactions _transactions;

}
