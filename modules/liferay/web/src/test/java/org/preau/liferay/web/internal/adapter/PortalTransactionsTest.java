package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.TransactionConfig;
import com.liferay.portal.kernel.transaction.TransactionInvoker;
import com.liferay.portal.kernel.transaction.TransactionInvokerUtil;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.preau.liferay.web.internal.test.Fakes;

public class PortalTransactionsTest {

	@BeforeEach
	public void setUp() {
		TransactionInvokerUtil transactionInvokerUtil =
			new TransactionInvokerUtil();

		transactionInvokerUtil.setTransactionInvoker(
			Fakes.service(
				TransactionInvoker.class,
				Map.of(
					"invoke",
					arguments -> {
						_transactionConfigs.add(
							(TransactionConfig)arguments[0]);

						if (_failure != null) {
							_sneakyThrow(_failure);
						}

						// As the portal's invoker does, whatever the work throws comes through as it is

						try {
							Callable<?> callable = (Callable<?>)arguments[1];

							return callable.call();
						}
						catch (Exception exception) {
							_sneakyThrow(exception);

							return null;
						}
					})));
	}

	@AfterEach
	public void tearDown() {
		TransactionInvokerUtil transactionInvokerUtil =
			new TransactionInvokerUtil();

		transactionInvokerUtil.setTransactionInvoker(null);
	}

	@Test
	public void givenWork_thenItRunsInARequiredTransactionThatRollsBackOnAnyException() {
		Assertions.assertEquals(
			"done", _portalTransactions.inTransaction(() -> "done"));

		TransactionConfig transactionConfig = _transactionConfigs.get(0);

		Assertions.assertEquals(
			Propagation.REQUIRED, transactionConfig.getPropagation());
		Assertions.assertTrue(
			Arrays.asList(
				transactionConfig.getRollbackForClasses()
			).contains(
				Exception.class
			));
	}

	@Test
	public void givenTheTransactionFailsWithACheckedException_thenTheWorkFailsWithAnUncheckedOne() {
		_failure = new IOException("disk full");

		IllegalStateException illegalStateException = Assertions.assertThrows(
			IllegalStateException.class,
			() -> _portalTransactions.inTransaction(() -> "done"));

		Assertions.assertSame(_failure, illegalStateException.getCause());
	}

	@Test
	public void givenTheWorkFails_thenItsExceptionComesThroughUnchanged() {
		IllegalArgumentException illegalArgumentException =
			new IllegalArgumentException("bad record");

		Assertions.assertSame(
			illegalArgumentException,
			Assertions.assertThrows(
				IllegalArgumentException.class,
				() -> _portalTransactions.inTransaction(
					() -> {
						throw illegalArgumentException;
					})));
	}

	@SuppressWarnings("unchecked")
	private static <T extends Throwable> void _sneakyThrow(Throwable throwable)
		throws T {

		throw (T)throwable;
	}

	private Exception _failure;
	private final PortalTransactions _portalTransactions =
		new PortalTransactions();
	private final List<TransactionConfig> _transactionConfigs =
		new ArrayList<>();

}
