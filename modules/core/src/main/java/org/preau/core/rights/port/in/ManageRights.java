package org.preau.core.rights.port.in;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.preau.core.directory.model.Uai;
import org.preau.core.rights.model.CopyDifference;
import org.preau.core.rights.model.Grant;
import org.preau.core.rights.model.RightsChange;
import org.preau.core.rights.model.RightsMatrix;
import org.preau.core.security.Actor;

/**
 * The rights matrix of a school and of the académie: reading it, changing its cells, opening and closing modules,
 * copying a school's settings to others, and the history of every change. A school's settings are for its
 * administrators (the head among them) and the platform's; the académie's defaults for the platform's only. Every
 * change needs a reason, is audited and kept in the history.
 */
public interface ManageRights {

	/**
	 * The rules as they are now, for the platform's administrators to read the académie's defaults.
	 */
	RightsMatrix academieMatrix(Actor actor);

	/**
	 * Copies the source school's overrides and closed modules to the target schools, replacing theirs.
	 *
	 * @return the differences it applied
	 */
	List<CopyDifference> applyCopy(
		Actor actor, Uai source, List<Uai> targets, String reason);

	/**
	 * Closes a module in a school: nobody there may use it until it is opened again.
	 *
	 * @return whether it was open
	 */
	boolean closeModule(
		Actor actor, Uai uai, String serviceKey, String reason);

	/**
	 * The rules of every school as they are now, for a school's administrator to read its own.
	 */
	RightsMatrix matrix(Actor actor, Uai uai);

	/**
	 * Returns the latest changes of a school, or of all schools and the académie (platform administrators only).
	 */
	List<RightsChange> history(Actor actor, Optional<Uai> uai, int limit);

	/**
	 * @return whether it was closed
	 */
	boolean openModule(Actor actor, Uai uai, String serviceKey, String reason);

	/**
	 * What copying the source school's settings would change in each target school; changes nothing.
	 */
	List<CopyDifference> previewCopy(
		Actor actor, Uai source, List<Uai> targets);

	/**
	 * Makes the académie's default matrix exactly the given cells: cells that differ from what Préau ships become
	 * académie rules, cells back to the shipped value lose theirs.
	 *
	 * @return the number of cells changed
	 */
	int setDefaults(Actor actor, Set<Grant> allowed, String reason);

	/**
	 * Makes the school's matrix exactly the given cells: cells that differ from the académie's default become
	 * overrides, cells back to the default lose theirs.
	 *
	 * @return the number of cells changed
	 */
	int setSchoolCells(
		Actor actor, Uai uai, Set<Grant> allowed, String reason);

}
