package org.preau.core.rights.model;

/**
 * The reason every change of the rights, delegations and messaging rules needs: said, and short enough for the
 * history of both hosts to keep it whole.
 */
public final class Reasons {

	public static final int MAX_LENGTH = 500;

	/**
	 * Returns the reason without its surrounding blanks.
	 *
	 * @param change what needs the reason, as in "a delegation"
	 * @throws IllegalArgumentException if the reason is missing, blank or longer than {@link #MAX_LENGTH}
	 */
	public static String require(String reason, String change) {
		if ((reason == null) || reason.isBlank()) {
			throw new IllegalArgumentException(
				"say why: " + change + " needs a reason");
		}

		String stripped = reason.strip();

		if (stripped.length() > MAX_LENGTH) {
			throw new IllegalArgumentException(
				"the reason is longer than " + MAX_LENGTH + " characters");
		}

		return stripped;
	}

	private Reasons() {
	}

}
