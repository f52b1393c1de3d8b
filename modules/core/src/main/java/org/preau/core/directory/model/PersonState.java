package org.preau.core.directory.model;

public enum PersonState {

	/** In the latest feed, may log in. */
	ACTIVE,
	/** Missing from the latest feed; kept, pending the lifecycle. */
	DETACHED,
	/** May not log in. */
	SUSPENDED

}
