package org.preau.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.preau.core.directory.model.ImportRun;
import org.preau.core.directory.model.ImportRunStatus;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.ImportRuns;

/**
 * The import history, in the Service Builder table Preau_ImportRun (company 0 in the embedded host).
 */
class JdbcImportRuns implements ImportRuns {

	JdbcImportRuns(JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public List<ImportRun> history(Uai uai, int limit) {
		if (limit < 0) {
			throw new IllegalArgumentException(
				"limit " + limit + " must not be negative");
		}

		return _transactions.read(
			connection -> Sql.query(
				connection,
				_SELECT + " where uai = ? order by startDate desc, " +
					"importRunId desc fetch first ? rows only",
				JdbcImportRuns::_map, uai.value(), limit));
	}

	@Override
	public Optional<ImportRun> latest(Uai uai) {
		return history(
			uai, 1
		).stream(
		).findFirst();
	}

	@Override
	public ImportRun save(ImportRun importRun) {
		return _transactions.write(
			connection -> {
				if (importRun.id() == 0) {
					long importRunId = Sql.nextId(connection);

					Sql.update(
						connection,
						"insert into Preau_ImportRun (importRunId, " +
							"companyId, uai, source, actor, startDate, " +
								"endDate, status, recordCount, summary) " +
									"values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
						importRunId, JdbcStore.COMPANY_ID,
						importRun.uai().value(), importRun.source().name(),
						importRun.actor(), importRun.startedAt(),
						importRun.finishedAt().orElse(null),
						importRun.status().name(), importRun.recordCount(),
						Sql.shorten(importRun.summary(), _SUMMARY_LENGTH));

					return importRun.withId(importRunId);
				}

				int updated = Sql.update(
					connection,
					"update Preau_ImportRun set uai = ?, source = ?, actor = " +
						"?, startDate = ?, endDate = ?, status = ?, " +
							"recordCount = ?, summary = ? where importRunId = ?",
					importRun.uai().value(), importRun.source().name(),
					importRun.actor(), importRun.startedAt(),
					importRun.finishedAt().orElse(null),
					importRun.status().name(), importRun.recordCount(),
					Sql.shorten(importRun.summary(), _SUMMARY_LENGTH),
					importRun.id());

				if (updated == 0) {
					throw new NoSuchElementException(
						"no import run " + importRun.id());
				}

				return importRun;
			});
	}

	private static ImportRun _map(ResultSet resultSet) throws SQLException {
		return new ImportRun(
			resultSet.getLong("importRunId"),
			Uai.of(resultSet.getString("uai")),
			Source.valueOf(resultSet.getString("source")),
			resultSet.getString("actor"),
			Sql.instant(resultSet, "startDate"),
			Sql.instant(resultSet, "endDate"),
			ImportRunStatus.valueOf(resultSet.getString("status")),
			resultSet.getInt("recordCount"), resultSet.getString("summary"));
	}

	private static final String _SELECT =
		"select importRunId, uai, source, actor, startDate, endDate, status, " +
			"recordCount, summary from Preau_ImportRun";

	private static final int _SUMMARY_LENGTH = 4000;

	private final JdbcTransactions _transactions;

}
