package org.preau.core.security;

/**
 * Thrown when the caller has no right to an action. Hosts answer it with 403.
 */
public class AccessDeniedException extends RuntimeException {

	public AccessDeniedException(String message) {
		super(message);
	}

	private static final long serialVersionUID = 1L;

}
