package org.preau.liferay.web.internal.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

import org.preau.core.directory.model.Uai;
import org.preau.core.messaging.model.ExternalMailOpening;
import org.preau.core.messaging.model.MessagingRules;
import org.preau.core.messaging.port.out.MessagingRulesStore;
import org.preau.liferay.model.MessagingRule;
import org.preau.liferay.service.MessagingRuleLocalService;

/**
 * The messaging decisions of the portal instance in Préau's MessagingRule table: an opening of external e-mail is its
 * school, scope and code; two linked schools are one row, the smaller UAI first and the other as its code.
 */
public class PortalMessagingRules implements MessagingRulesStore {

	public PortalMessagingRules(
		LongSupplier companyIdSupplier,
		MessagingRuleLocalService messagingRuleLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_messagingRuleLocalService = messagingRuleLocalService;
	}

	@Override
	public boolean addOpening(ExternalMailOpening opening) {
		return _add(
			_KIND_OPENING, opening.uai(
			).value(),
			opening.scope(
			).name(),
			opening.code());
	}

	@Override
	public boolean link(Uai first, Uai second) {
		Uai[] pair = _pair(first, second);

		return _add(_KIND_LINK, pair[0].value(), "", pair[1].value());
	}

	@Override
	public MessagingRules load() {
		List<ExternalMailOpening> openings = new ArrayList<>();
		List<Set<Uai>> linkedSchools = new ArrayList<>();

		for (MessagingRule messagingRule : _rows()) {
			Uai uai = Uai.of(messagingRule.getUai());

			if (_KIND_LINK.equals(messagingRule.getKind())) {
				linkedSchools.add(Set.of(uai, Uai.of(messagingRule.getCode())));

				continue;
			}

			ExternalMailOpening.Scope scope = ExternalMailOpening.Scope.valueOf(
				messagingRule.getScope());

			if (scope == ExternalMailOpening.Scope.CLASS) {
				openings.add(
					ExternalMailOpening.ofClass(uai, messagingRule.getCode()));
			}
			else if (scope == ExternalMailOpening.Scope.LEVEL) {
				openings.add(
					ExternalMailOpening.ofLevel(uai, messagingRule.getCode()));
			}
			else {
				openings.add(ExternalMailOpening.allPupils(uai));
			}
		}

		return new MessagingRules(openings, linkedSchools);
	}

	@Override
	public boolean removeOpening(ExternalMailOpening opening) {
		return _remove(
			_KIND_OPENING, opening.uai(
			).value(),
			opening.scope(
			).name(),
			opening.code());
	}

	@Override
	public boolean unlink(Uai first, Uai second) {
		Uai[] pair = _pair(first, second);

		return _remove(_KIND_LINK, pair[0].value(), "", pair[1].value());
	}

	private static Uai[] _pair(Uai first, Uai second) {
		return (first.compareTo(second) <= 0) ? new Uai[] {first, second} :
			new Uai[] {second, first};
	}

	private boolean _add(String kind, String uai, String scope, String code) {
		if (_find(kind, uai, scope, code) != null) {
			return false;
		}

		_messagingRuleLocalService.addMessagingRule(
			_companyIdSupplier.getAsLong(), kind, uai, scope, code);

		return true;
	}

	private MessagingRule _find(
		String kind, String uai, String scope, String code) {

		for (MessagingRule messagingRule : _rows()) {
			if (kind.equals(messagingRule.getKind()) &&
				uai.equals(messagingRule.getUai()) &&
				scope.equals(messagingRule.getScope()) &&
				code.equals(messagingRule.getCode())) {

				return messagingRule;
			}
		}

		return null;
	}

	private boolean _remove(
		String kind, String uai, String scope, String code) {

		MessagingRule messagingRule = _find(kind, uai, scope, code);

		if (messagingRule == null) {
			return false;
		}

		_messagingRuleLocalService.deleteMessagingRule(messagingRule);

		return true;
	}

	private List<MessagingRule> _rows() {
		return _messagingRuleLocalService.getCompanyMessagingRules(
			_companyIdSupplier.getAsLong());
	}

	private static final String _KIND_LINK = "link";

	private static final String _KIND_OPENING = "opening";

	private final LongSupplier _companyIdSupplier;
	private final MessagingRuleLocalService _messagingRuleLocalService;

}
