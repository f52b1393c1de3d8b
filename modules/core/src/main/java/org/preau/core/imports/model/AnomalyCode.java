package org.preau.core.imports.model;

import java.util.List;
import java.util.Locale;

/**
 * What an anomaly says, as a stable machine code with a fixed number of arguments. Reports for machines carry the
 * code and the arguments; hosts render them with the language key {@code anomaly-message-<code>} (hyphens for
 * underscores), whose placeholders {@code {0}}, {@code {1}} take the arguments. The English pattern here serves
 * machines and logs only.
 */
public enum AnomalyCode {

	ASSIGNMENT_TO_UNKNOWN_TEACHER("{0} is not known, {1} is left out"),
	DUPLICATE_SAME_INE("{0} has the INE of {1}"),
	DUPLICATE_SAME_NAMES_AND_BIRTH_DATE(
		"{0} has the names and birth date of {1}"),
	ESTABLISHMENT_WITHOUT_NAME("the feed gives no name for establishment {0}"),
	PARENT_WITHOUT_EMAIL("{0} has no e-mail address"),
	PUPIL_IN_UNKNOWN_CLASS(
		"{0} is in class {1}, which the establishment lacks"),
	PUPIL_WITHOUT_CLASS("{0} has no class"),
	RELATION_TO_UNKNOWN_PERSON("{0} is not known, {1} is left out"),
	UNKNOWN_SUBJECT("subject {0} of {1} is in no nomenclature");

	public int argumentCount() {
		int count = 0;

		while (_pattern.contains("{" + count + "}")) {
			count++;
		}

		return count;
	}

	/**
	 * The English message with its arguments.
	 */
	public String format(List<String> arguments) {
		String message = _pattern;

		for (int i = 0; i < arguments.size(); i++) {
			message = message.replace("{" + i + "}", arguments.get(i));
		}

		return message;
	}

	/**
	 * The code in reports: {@code duplicate_same_ine}.
	 */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	private AnomalyCode(String pattern) {
		_pattern = pattern;
	}

	private final String _pattern;

}
