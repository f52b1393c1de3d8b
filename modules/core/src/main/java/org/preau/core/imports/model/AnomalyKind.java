package org.preau.core.imports.model;

import java.util.Locale;

/**
 * Something in a feed, or in the directory it leads to, that an administrator must check.
 */
public enum AnomalyKind {

	/**
	 * The establishment was created by a feed that does not name it (SIECLE and STSweb exports carry only the UAI): its
	 * name is to be completed.
	 */
	ESTABLISHMENT_WITHOUT_NAME,
	/** An active pupil has no class. */
	PUPIL_WITHOUT_CLASS,
	/** An active pupil's class is neither in the feed nor in the directory. */
	PUPIL_IN_UNKNOWN_CLASS,
	/** An active parent has no e-mail address, so cannot receive their credentials by mail. */
	PARENT_WITHOUT_EMAIL,
	/** A teaching assignment names a subject that no nomenclature knows. */
	UNKNOWN_SUBJECT,
	/** Two people look like the same person (same INE, or same folded names and birth date); never merged silently. */
	DUPLICATE_SUSPECT,
	/** A relation names a parent or a pupil that neither the feed nor the directory knows; it is left out. */
	RELATION_TO_UNKNOWN_PERSON,
	/** A teaching assignment names a teacher that neither the feed nor the directory knows; it is left out. */
	ASSIGNMENT_TO_UNKNOWN_TEACHER;

	/**
	 * The key of this kind in reports: {@code pupil_without_class}.
	 */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
