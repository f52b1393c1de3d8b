package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.TransactionConfig;
import com.liferay.portal.kernel.transaction.TransactionInvokerUtil;

import java.util.function.Supplier;

import org.preau.core.common.Transactions;

/**
 * The portal's own transactions, so that the portal services an import calls join one transaction: it joins the
 * caller's transaction if there is one, and rolls back on any exception, checked or not.
 */
public class PortalTransactions implements Transactions {

	@Override
	public <T> T inTransaction(Supplier<T> work) {
		try {
			return TransactionInvokerUtil.invoke(
				_TRANSACTION_CONFIG, work::get);
		}
		catch (RuntimeException | Error throwable) {
			throw throwable;
		}
		catch (Throwable throwable) {
			throw new IllegalStateException(throwable);
		}
	}

	private static final TransactionConfig _TRANSACTION_CONFIG =
		TransactionConfig.Factory.create(
			Propagation.REQUIRED, new Class<?>[] {Exception.class});

}
