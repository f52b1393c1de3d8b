package org.preau.core.common;

import java.util.function.Supplier;

/**
 * Runs work in one transaction of the host's store: all of it is written, or none.
 */
public interface Transactions {

	<T> T inTransaction(Supplier<T> work);

}
