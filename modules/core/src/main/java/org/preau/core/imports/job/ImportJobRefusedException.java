package org.preau.core.imports.job;

/**
 * An import job that may not start now, such as a second import of an establishment while one is queued or running.
 */
public class ImportJobRefusedException extends RuntimeException {

	public ImportJobRefusedException(String message) {
		super(message);
	}

	private static final long serialVersionUID = 1L;

}
