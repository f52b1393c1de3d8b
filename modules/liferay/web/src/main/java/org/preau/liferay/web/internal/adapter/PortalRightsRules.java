package org.preau.liferay.web.internal.adapter;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

import org.preau.core.directory.model.Uai;
import org.preau.core.rights.model.DefaultRule;
import org.preau.core.rights.model.Grant;
import org.preau.core.rights.model.ModuleClosure;
import org.preau.core.rights.model.RightsOverride;
import org.preau.core.rights.model.RightsRole;
import org.preau.core.rights.model.RightsRules;
import org.preau.core.rights.model.ServiceAction;
import org.preau.core.rights.port.out.RightsRulesStore;
import org.preau.liferay.model.RightsRule;
import org.preau.liferay.service.RightsRuleLocalService;

/**
 * The rights decisions of the portal instance in Préau's RightsRule table, one row per decision, its kind saying
 * whether it is a cell of the académie's defaults, a school's override, a closed module or a school letting head
 * teachers administer their class.
 */
public class PortalRightsRules implements RightsRulesStore {

	public PortalRightsRules(
		LongSupplier companyIdSupplier,
		RightsRuleLocalService rightsRuleLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_rightsRuleLocalService = rightsRuleLocalService;
	}

	@Override
	public void deleteClosure(Uai uai, String serviceKey) {
		_delete(_KIND_CLOSURE, uai.value(), serviceKey, "", "");
	}

	@Override
	public void deleteDefaultRule(Grant grant) {
		_delete(
			_KIND_DEFAULT, "", grant.serviceKey(), grant.action().key(),
			grant.role().key());
	}

	@Override
	public void deleteOverride(Uai uai, Grant grant) {
		_delete(
			_KIND_OVERRIDE, uai.value(), grant.serviceKey(),
			grant.action().key(), grant.role().key());
	}

	@Override
	public RightsRules load() {
		List<DefaultRule> defaultRules = new ArrayList<>();
		List<RightsOverride> overrides = new ArrayList<>();
		List<ModuleClosure> closures = new ArrayList<>();
		List<Uai> classAdministrationSchools = new ArrayList<>();

		for (RightsRule rightsRule : _rows()) {
			String kind = rightsRule.getKind();

			if (kind.equals(_KIND_CLASS_ADMINISTRATION)) {
				classAdministrationSchools.add(Uai.of(rightsRule.getUai()));
			}
			else if (kind.equals(_KIND_CLOSURE)) {
				closures.add(
					new ModuleClosure(
						Uai.of(rightsRule.getUai()), rightsRule.getServiceKey(),
						rightsRule.getAuthor(),
						rightsRule.getChangeDate(
						).toInstant(),
						rightsRule.getReason()));
			}
			else if (kind.equals(_KIND_DEFAULT)) {
				defaultRules.add(
					new DefaultRule(
						_grant(rightsRule), rightsRule.isAllowed(),
						rightsRule.getAuthor(),
						rightsRule.getChangeDate(
						).toInstant(),
						rightsRule.getReason()));
			}
			else if (kind.equals(_KIND_OVERRIDE)) {
				overrides.add(
					new RightsOverride(
						Uai.of(rightsRule.getUai()), _grant(rightsRule),
						rightsRule.isAllowed(), rightsRule.getAuthor(),
						rightsRule.getChangeDate(
						).toInstant(),
						rightsRule.getReason()));
			}
		}

		return new RightsRules(
			defaultRules, overrides, closures, classAdministrationSchools);
	}

	@Override
	public void saveClosure(ModuleClosure closure) {
		_save(
			_KIND_CLOSURE, closure.uai().value(), closure.serviceKey(), "", "",
			false, closure.author(), Date.from(closure.at()),
			closure.reason());
	}

	@Override
	public void saveDefaultRule(DefaultRule rule) {
		Grant grant = rule.grant();

		_save(
			_KIND_DEFAULT, "", grant.serviceKey(), grant.action().key(),
			grant.role().key(), rule.allowed(), rule.author(),
			Date.from(rule.at()), rule.reason());
	}

	@Override
	public void saveOverride(RightsOverride override) {
		Grant grant = override.grant();

		_save(
			_KIND_OVERRIDE, override.uai().value(), grant.serviceKey(),
			grant.action().key(), grant.role().key(), override.allowed(),
			override.author(), Date.from(override.at()), override.reason());
	}

	@Override
	public void setClassAdministration(Uai uai, boolean allowed) {
		if (!allowed) {
			_delete(_KIND_CLASS_ADMINISTRATION, uai.value(), "", "", "");

			return;
		}

		if (_find(_KIND_CLASS_ADMINISTRATION, uai.value(), "", "", "") ==
				null) {

			_rightsRuleLocalService.addRightsRule(
				_companyIdSupplier.getAsLong(), _KIND_CLASS_ADMINISTRATION,
				uai.value(), "", "", "", true, "", new Date(), "");
		}
	}

	private static Grant _grant(RightsRule rightsRule) {
		return Grant.of(
			RightsRole.parse(rightsRule.getRole()), rightsRule.getServiceKey(),
			ServiceAction.parse(rightsRule.getAction()));
	}

	private void _delete(
		String kind, String uai, String serviceKey, String action,
		String role) {

		RightsRule rightsRule = _find(kind, uai, serviceKey, action, role);

		if (rightsRule != null) {
			_rightsRuleLocalService.deleteRightsRule(rightsRule);
		}
	}

	private RightsRule _find(
		String kind, String uai, String serviceKey, String action,
		String role) {

		for (RightsRule rightsRule : _rows()) {
			if (kind.equals(rightsRule.getKind()) &&
				uai.equals(Objects.toString(rightsRule.getUai(), "")) &&
				serviceKey.equals(
					Objects.toString(rightsRule.getServiceKey(), "")) &&
				action.equals(Objects.toString(rightsRule.getAction(), "")) &&
				role.equals(Objects.toString(rightsRule.getRole(), ""))) {

				return rightsRule;
			}
		}

		return null;
	}

	private List<RightsRule> _rows() {
		return _rightsRuleLocalService.getCompanyRightsRules(
			_companyIdSupplier.getAsLong());
	}

	private void _save(
		String kind, String uai, String serviceKey, String action, String role,
		boolean allowed, String author, Date changeDate, String reason) {

		RightsRule rightsRule = _find(kind, uai, serviceKey, action, role);

		if (rightsRule == null) {
			_rightsRuleLocalService.addRightsRule(
				_companyIdSupplier.getAsLong(), kind, uai, serviceKey, action,
				role, allowed, author, changeDate, reason);

			return;
		}

		rightsRule.setAllowed(allowed);
		rightsRule.setAuthor(author);
		rightsRule.setChangeDate(changeDate);
		rightsRule.setReason(reason);

		_rightsRuleLocalService.updateRightsRule(rightsRule);
	}

	private static final String _KIND_CLASS_ADMINISTRATION =
		"class-administration";

	private static final String _KIND_CLOSURE = "closure";

	private static final String _KIND_DEFAULT = "default";

	private static final String _KIND_OVERRIDE = "override";

	private final LongSupplier _companyIdSupplier;
	private final RightsRuleLocalService _rightsRuleLocalService;

}
