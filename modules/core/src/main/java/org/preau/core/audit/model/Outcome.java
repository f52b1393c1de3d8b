package org.preau.core.audit.model;

public enum Outcome {

	/** The action was carried out. */
	SUCCESS,
	/** The caller had no right to it; nothing changed. */
	DENIED,
	/** The input was refused or the action failed; nothing changed. */
	FAILURE

}
