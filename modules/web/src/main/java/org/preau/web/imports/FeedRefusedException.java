package org.preau.web.imports;

/**
 * A feed refused by its reader, with the located reason to show.
 */
public class FeedRefusedException extends Exception {

	public FeedRefusedException(String message, Throwable cause) {
		super(message, cause);
	}

	private static final long serialVersionUID = 1L;

}
