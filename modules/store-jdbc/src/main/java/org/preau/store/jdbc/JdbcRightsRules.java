package org.preau.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.preau.core.directory.model.Uai;
import org.preau.core.rights.model.DefaultRule;
import org.preau.core.rights.model.Grant;
import org.preau.core.rights.model.ModuleClosure;
import org.preau.core.rights.model.RightsOverride;
import org.preau.core.rights.model.RightsRole;
import org.preau.core.rights.model.RightsRules;
import org.preau.core.rights.model.ServiceAction;
import org.preau.core.rights.port.out.RightsRulesStore;

/**
 * The rights rules in Preau_RightsDefault, Preau_RightsOverride, Preau_ModuleClosure and Preau_ClassAdministration,
 * with roles, services and actions by their keys.
 */
class JdbcRightsRules implements RightsRulesStore {

	JdbcRightsRules(JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public void deleteClosure(Uai uai, String serviceKey) {
		_transactions.write(
			connection -> Sql.update(
				connection,
				"delete from Preau_ModuleClosure where uai = ? and " +
					"serviceKey = ?",
				uai.value(), serviceKey));
	}

	@Override
	public void deleteDefaultRule(Grant grant) {
		_transactions.write(
			connection -> Sql.update(
				connection,
				"delete from Preau_RightsDefault where serviceKey = ? and " +
					"action = ? and role = ?",
				grant.serviceKey(), grant.action().key(), grant.role().key()));
	}

	@Override
	public void deleteOverride(Uai uai, Grant grant) {
		_transactions.write(
			connection -> Sql.update(
				connection,
				"delete from Preau_RightsOverride where uai = ? and " +
					"serviceKey = ? and action = ? and role = ?",
				uai.value(), grant.serviceKey(), grant.action().key(),
				grant.role().key()));
	}

	@Override
	public RightsRules load() {
		return _transactions.read(
			connection -> new RightsRules(
				Sql.query(
					connection,
					"select serviceKey, action, role, allowed, author, " +
						"changeDate, reason from Preau_RightsDefault order " +
							"by serviceKey, action, role",
					resultSet -> new DefaultRule(
						_grant(resultSet), resultSet.getBoolean("allowed"),
						resultSet.getString("author"),
						Sql.instant(resultSet, "changeDate"),
						resultSet.getString("reason"))),
				Sql.query(
					connection,
					"select uai, serviceKey, action, role, allowed, author, " +
						"changeDate, reason from Preau_RightsOverride order " +
							"by uai, serviceKey, action, role",
					resultSet -> new RightsOverride(
						Uai.of(resultSet.getString("uai")), _grant(resultSet),
						resultSet.getBoolean("allowed"),
						resultSet.getString("author"),
						Sql.instant(resultSet, "changeDate"),
						resultSet.getString("reason"))),
				Sql.query(
					connection,
					"select uai, serviceKey, author, changeDate, reason from " +
						"Preau_ModuleClosure order by uai, serviceKey",
					resultSet -> new ModuleClosure(
						Uai.of(resultSet.getString("uai")),
						resultSet.getString("serviceKey"),
						resultSet.getString("author"),
						Sql.instant(resultSet, "changeDate"),
						resultSet.getString("reason"))),
				Sql.query(
					connection,
					"select uai from Preau_ClassAdministration order by uai",
					resultSet -> Uai.of(resultSet.getString(1)))));
	}

	@Override
	public void saveClosure(ModuleClosure closure) {
		_transactions.write(
			connection -> Sql.update(
				connection,
				"merge into Preau_ModuleClosure (uai, serviceKey, author, " +
					"changeDate, reason) key (uai, serviceKey) values (?, ?, " +
						"?, ?, ?)",
				closure.uai().value(), closure.serviceKey(), closure.author(),
				closure.at(), Sql.shorten(closure.reason(), 1000)));
	}

	@Override
	public void saveDefaultRule(DefaultRule rule) {
		_transactions.write(
			connection -> Sql.update(
				connection,
				"merge into Preau_RightsDefault (serviceKey, action, role, " +
					"allowed, author, changeDate, reason) key (serviceKey, " +
						"action, role) values (?, ?, ?, ?, ?, ?, ?)",
				rule.grant().serviceKey(), rule.grant().action().key(),
				rule.grant().role().key(), rule.allowed(), rule.author(),
				rule.at(), Sql.shorten(rule.reason(), 500)));
	}

	@Override
	public void saveOverride(RightsOverride override) {
		_transactions.write(
			connection -> Sql.update(
				connection,
				"merge into Preau_RightsOverride (uai, serviceKey, action, " +
					"role, allowed, author, changeDate, reason) key (uai, " +
						"serviceKey, action, role) values (?, ?, ?, ?, ?, ?, ?, " +
							"?)",
				override.uai().value(), override.grant().serviceKey(),
				override.grant().action().key(), override.grant().role().key(),
				override.allowed(), override.author(), override.at(),
				Sql.shorten(override.reason(), 1000)));
	}

	@Override
	public void setClassAdministration(Uai uai, boolean allowed) {
		_transactions.write(
			connection -> {
				Sql.update(
					connection,
					"delete from Preau_ClassAdministration where uai = ?",
					uai.value());

				if (allowed) {
					Sql.update(
						connection,
						"insert into Preau_ClassAdministration (uai) values " +
							"(?)",
						uai.value());
				}

				return null;
			});
	}

	private static Grant _grant(ResultSet resultSet) throws SQLException {
		return Grant.of(
			RightsRole.parse(resultSet.getString("role")),
			resultSet.getString("serviceKey"),
			ServiceAction.parse(resultSet.getString("action")));
	}

	private final JdbcTransactions _transactions;

}
