package org.preau.core.accounts.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.preau.core.accounts.model.SuspensionEvent;
import org.preau.core.directory.model.Uai;

/**
 * The accounts suspended now, each with the event that suspended it, and the history of suspensions and
 * reactivations.
 */
public interface Suspensions {

	/**
	 * Returns the suspensions in force whose end day is on or before the day.
	 */
	List<SuspensionEvent> endingBy(LocalDate day);

	/**
	 * Returns the newest events of the establishment first.
	 */
	List<SuspensionEvent> history(Uai uai, int limit);

	/**
	 * Records the events in the history, and makes each one the state of its login: a suspension in force, or none.
	 */
	void recordAll(Collection<SuspensionEvent> events);

	/**
	 * Returns whether the login is suspended now.
	 */
	boolean suspended(String login);

}
