package org.preau.core.imports.job;

/**
 * Where an import job is in its life: waiting for a worker, running, or done one way or the other.
 */
public enum ImportJobState {

	FAILED, QUEUED, RUNNING, SUCCEEDED;

	/**
	 * Whether the job still holds its establishments: no other import of them may start until it is done.
	 */
	public boolean isActive() {
		if ((this == QUEUED) || (this == RUNNING)) {
			return true;
		}

		return false;
	}

}
