package org.preau.web.merges;

/**
 * The route of the merges page, as both hosts name it.
 */
public final class MergeRoutes {

	/**
	 * The merges of an establishment's duplicates: the form that merges two people, and the merges with a button that
	 * undoes each; POST with {@code action} {@code merge} or {@code unmerge}.
	 */
	public static final String MERGES = "/merges";

	private MergeRoutes() {
	}

}
