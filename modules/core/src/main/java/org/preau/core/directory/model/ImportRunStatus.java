package org.preau.core.directory.model;

public enum ImportRunStatus {

	RUNNING, SUCCEEDED, FAILED

}
