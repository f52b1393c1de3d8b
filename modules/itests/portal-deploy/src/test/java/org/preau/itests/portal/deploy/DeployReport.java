package org.preau.itests.portal.deploy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What stands between the bundles and a portal: requirements nobody satisfies, bundles that do not start, components
 * that do not activate, and the errors SCR logged.
 */
public class DeployReport {

	public void addInactiveComponent(String line) {
		_inactiveComponents.add(line);
	}

	public void addNotStarted(String line) {
		_notStarted.add(line);
	}

	public void addScrError(String line) {
		_scrErrors.add(line);
	}

	/**
	 * SCR warnings do not fail the check, since SCR also warns about what the portal tolerates; they are shown.
	 */
	public void addScrWarning(String line) {
		_scrWarnings.add(line);
	}

	public void addUnresolved(String line) {
		_unresolved.add(line);
	}

	public void assertDeployable() {
		if (!isDeployable()) {
			throw new AssertionError(toString());
		}
	}

	public List<String> getActiveComponents() {
		return Collections.unmodifiableList(_activeComponents);
	}

	public List<String> getInactiveComponents() {
		return Collections.unmodifiableList(_inactiveComponents);
	}

	public List<String> getNotStarted() {
		return Collections.unmodifiableList(_notStarted);
	}

	public List<String> getScrErrors() {
		return Collections.unmodifiableList(_scrErrors);
	}

	public List<String> getScrWarnings() {
		return Collections.unmodifiableList(_scrWarnings);
	}

	public List<String> getUnresolved() {
		return Collections.unmodifiableList(_unresolved);
	}

	public boolean isDeployable() {
		return _unresolved.isEmpty() && _notStarted.isEmpty() &&
			_inactiveComponents.isEmpty() && _scrErrors.isEmpty();
	}

	public void setActiveComponents(List<String> activeComponents) {
		_activeComponents.clear();
		_activeComponents.addAll(activeComponents);
	}

	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder();

		if (isDeployable()) {
			sb.append("deployable: ");
			sb.append(_activeComponents.size());
			sb.append(" components active");

			_append(sb, "SCR warnings", _scrWarnings);

			return sb.toString();
		}

		sb.append("NOT deployable into Liferay 7.4 GA112");

		_append(sb, "unresolved requirements", _unresolved);
		_append(sb, "bundles that did not start", _notStarted);
		_append(sb, "components not ACTIVE", _inactiveComponents);
		_append(sb, "SCR errors", _scrErrors);
		_append(sb, "SCR warnings", _scrWarnings);

		return sb.toString();
	}

	private void _append(StringBuilder sb, String title, List<String> lines) {
		if (lines.isEmpty()) {
			return;
		}

		sb.append("\n");
		sb.append(title);
		sb.append(":");

		for (String line : lines) {
			sb.append("\n  - ");
			sb.append(line);
		}
	}

	private final List<String> _activeComponents = new ArrayList<>();
	private final List<String> _inactiveComponents = new ArrayList<>();
	private final List<String> _notStarted = new ArrayList<>();
	private final List<String> _scrErrors = new ArrayList<>();
	private final List<String> _scrWarnings = new ArrayList<>();
	private final List<String> _unresolved = new ArrayList<>();

}
