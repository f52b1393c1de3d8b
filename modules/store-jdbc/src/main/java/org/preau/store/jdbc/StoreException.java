package org.preau.store.jdbc;

/**
 * Thrown when the database refuses or fails a statement. The core sees it as any other runtime failure: the
 * transaction it ran in is rolled back.
 */
public class StoreException extends RuntimeException {

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}

	private static final long serialVersionUID = 1L;

}
