package org.preau.core.rights.port.out;

import java.util.List;

import org.preau.core.rights.model.Delegation;

/**
 * The delegations of the right to administer a school, lapsed ones included until they are taken back.
 */
public interface Delegations {

	/**
	 * @return whether there was such a delegation
	 */
	boolean delete(long id);

	List<Delegation> list();

	/**
	 * Creates the delegation and returns it with its id.
	 */
	Delegation save(Delegation delegation);

}
