package org.preau.core.messaging.model;

/**
 * Whether someone may write to someone else, and the rule that decided it.
 */
public final class MessagingDecision {

	public static MessagingDecision allowed(String rule) {
		return new MessagingDecision(true, rule);
	}

	public static MessagingDecision refused(String rule) {
		return new MessagingDecision(false, rule);
	}

	public boolean allowed() {
		return _allowed;
	}

	public String rule() {
		return _rule;
	}

	@Override
	public String toString() {
		return (_allowed ? "allowed: " : "refused: ") + _rule;
	}

	private MessagingDecision(boolean allowed, String rule) {
		_allowed = allowed;
		_rule = rule;
	}

	private final boolean _allowed;
	private final String _rule;

}
