package org.preau.core.rights.model;

import java.util.List;

/**
 * Whether a person may do an action of a service, and why: the rules that decided it, in the order they apply.
 */
public final class RightsDecision {

	public RightsDecision(boolean allowed, List<String> reasons) {
		_allowed = allowed;
		_reasons = List.copyOf(reasons);
	}

	public boolean allowed() {
		return _allowed;
	}

	public List<String> reasons() {
		return _reasons;
	}

	@Override
	public String toString() {
		return (_allowed ? "allowed: " : "refused: ") + String.join("; ", _reasons);
	}

	private final boolean _allowed;
	private final List<String> _reasons;

}
