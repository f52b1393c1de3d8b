package org.preau.core.messaging.service;

import java.time.Clock;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.preau.core.audit.service.Auditor;
import org.preau.core.common.Transactions;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.Establishments;
import org.preau.core.directory.port.out.Structures;
import org.preau.core.messaging.model.ExternalMailOpening;
import org.preau.core.messaging.model.MessagingRules;
import org.preau.core.messaging.port.in.ManageMessagingRules;
import org.preau.core.messaging.port.out.MessagingRulesStore;
import org.preau.core.rights.model.Reasons;
import org.preau.core.rights.model.RightsChange;
import org.preau.core.rights.port.in.DelegateAdministration;
import org.preau.core.rights.port.out.RightsHistory;
import org.preau.core.rights.service.RulesCache;
import org.preau.core.rights.service.RulesWatch;
import org.preau.core.security.Actor;

/**
 * The schools' messaging rules, kept in memory between changes for the decisions.
 */
public class MessagingRulesService implements ManageMessagingRules {

	public static final String ACTION_CLOSE_EXTERNAL_MAIL =
		"messaging.close-external-mail";

	public static final String ACTION_LINK = "messaging.link-schools";

	public static final String ACTION_OPEN_EXTERNAL_MAIL =
		"messaging.open-external-mail";

	public static final String ACTION_UNLINK = "messaging.unlink-schools";

	public static final String ACTION_VIEW = "messaging.view-rules";

	public MessagingRulesService(
		MessagingRulesStore messagingRulesStore, RightsHistory rightsHistory,
		Establishments establishments, Structures structures,
		DelegateAdministration delegateAdministration, RulesWatch rulesWatch,
		Transactions transactions, Auditor auditor, Clock clock) {

		_messagingRulesStore = Objects.requireNonNull(messagingRulesStore);
		_rightsHistory = Objects.requireNonNull(rightsHistory);
		_establishments = Objects.requireNonNull(establishments);
		_structures = Objects.requireNonNull(structures);
		_delegateAdministration = Objects.requireNonNull(
			delegateAdministration);
		_transactions = Objects.requireNonNull(transactions);
		_auditor = Objects.requireNonNull(auditor);
		_clock = Objects.requireNonNull(clock);

		_messagingRules = new RulesCache<>(
			rulesWatch, _messagingRulesStore::load);
	}

	@Override
	public boolean closeExternalMail(
		Actor actor, ExternalMailOpening opening, String reason) {

		return _auditor.audit(
			actor, ACTION_CLOSE_EXTERNAL_MAIL, _describe(opening),
			() -> {
				_delegateAdministration.effective(
					actor
				).requireAdministratorOf(
					opening.uai()
				);

				String why = Reasons.require(reason, _CHANGE);

				return _change(
					actor, opening.uai(), RightsChange.Kind.EXTERNAL_MAIL,
					_audience(opening), "open", "closed", why,
					() -> _messagingRulesStore.removeOpening(opening));
			});
	}

	/**
	 * The rules as they are now, for the decisions; the same instance until they change.
	 */
	public MessagingRules currentRules() {
		return _messagingRules.get();
	}

	@Override
	public boolean link(Actor actor, Uai first, Uai second, String reason) {
		return _auditor.audit(
			actor, ACTION_LINK, first + " " + second,
			() -> {
				_requireBoth(actor, first, second);

				String why = Reasons.require(reason, _CHANGE);

				return _change(
					actor, first, RightsChange.Kind.LINKED_SCHOOLS,
					first + " " + second, "not linked", "linked", why,
					() -> _messagingRulesStore.link(first, second));
			});
	}

	@Override
	public boolean openExternalMail(
		Actor actor, ExternalMailOpening opening, String reason) {

		return _auditor.audit(
			actor, ACTION_OPEN_EXTERNAL_MAIL, _describe(opening),
			() -> {
				_delegateAdministration.effective(
					actor
				).requireAdministratorOf(
					opening.uai()
				);

				String why = Reasons.require(reason, _CHANGE);

				_requireAudience(opening);

				return _change(
					actor, opening.uai(), RightsChange.Kind.EXTERNAL_MAIL,
					_audience(opening), "closed", "open", why,
					() -> _messagingRulesStore.addOpening(opening));
			});
	}

	@Override
	public MessagingRules rules(Actor actor, Uai uai) {
		return _auditor.audit(
			actor, ACTION_VIEW, uai.value(),
			() -> {
				_delegateAdministration.effective(
					actor
				).requireAdministratorOf(
					uai
				);

				return currentRules();
			});
	}

	@Override
	public boolean unlink(Actor actor, Uai first, Uai second, String reason) {
		return _auditor.audit(
			actor, ACTION_UNLINK, first + " " + second,
			() -> {
				_requireBoth(actor, first, second);

				String why = Reasons.require(reason, _CHANGE);

				return _change(
					actor, first, RightsChange.Kind.LINKED_SCHOOLS,
					first + " " + second, "linked", "not linked", why,
					() -> _messagingRulesStore.unlink(first, second));
			});
	}

	private static String _audience(ExternalMailOpening opening) {
		switch (opening.scope()) {
			case CLASS:
				return "external e-mail for class " + opening.code();
			case LEVEL:
				return "external e-mail for level " + opening.code();
			default:
				return "external e-mail for all pupils";
		}
	}

	private static String _describe(ExternalMailOpening opening) {
		return opening.uai() + " " + opening.scope() + " " + opening.code();
	}

	private boolean _change(
		Actor actor, Uai uai, RightsChange.Kind kind, String subject,
		String before, String after, String reason,
		BooleanSupplier write) {

		Instant now = _clock.instant();

		boolean changed = _transactions.inTransaction(
			() -> {
				if (!write.getAsBoolean()) {
					return false;
				}

				_rightsHistory.record(
					new RightsChange(
						now, actor.login(), uai, kind, subject, before, after,
						reason));

				return true;
			});

		_messagingRules.drop();

		return changed;
	}

	private void _requireAudience(ExternalMailOpening opening) {
		if (opening.scope() == ExternalMailOpening.Scope.ALL_PUPILS) {
			return;
		}

		for (SchoolClass schoolClass : _structures.classes(opening.uai())) {
			if ((opening.scope() == ExternalMailOpening.Scope.CLASS) &&
				schoolClass.code().equals(opening.code())) {

				return;
			}

			if ((opening.scope() == ExternalMailOpening.Scope.LEVEL) &&
				opening.code().equals(schoolClass.mefCode().orElse(null))) {

				return;
			}
		}

		throw new IllegalArgumentException(
			opening.uai() + " has no " +
				((opening.scope() == ExternalMailOpening.Scope.CLASS) ?
					"class " : "class of the level ") + opening.code());
	}

	private void _requireBoth(Actor actor, Uai first, Uai second) {
		if (first.equals(second)) {
			throw new IllegalArgumentException(
				"a school cannot be linked to itself");
		}

		Actor effective = _delegateAdministration.effective(actor);

		effective.requireAdministratorOf(first);
		effective.requireAdministratorOf(second);

		for (Uai uai : new Uai[] {first, second}) {
			if (_establishments.find(uai).isEmpty()) {
				throw new NoSuchElementException(
					"no establishment has the UAI " + uai);
			}
		}
	}

	private static final String _CHANGE = "a change of the messaging rules";

	private final Auditor _auditor;
	private final Clock _clock;
	private final DelegateAdministration _delegateAdministration;
	private final Establishments _establishments;
	private final RulesCache<MessagingRules> _messagingRules;
	private final MessagingRulesStore _messagingRulesStore;
	private final RightsHistory _rightsHistory;
	private final Structures _structures;
	private final Transactions _transactions;

}
