package org.preau.embedded.internal.jobs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.preau.core.accounts.port.in.ManageGuests;
import org.preau.core.accounts.port.in.SuspendAccounts;
import org.preau.core.security.Actor;

/**
 * The scheduled work on accounts, at start and then at a fixed interval: suspends the guests whose expiry day has come
 * and reactivates the accounts whose suspension has reached its end day. Both use cases audit each run; a failed run
 * is audited and the next one tries again.
 */
public class AccountJobs implements AutoCloseable {

	public AccountJobs(
		SuspendAccounts suspendAccounts, ManageGuests manageGuests) {

		_suspendAccounts = suspendAccounts;
		_manageGuests = manageGuests;

		_scheduledExecutorService = Executors.newSingleThreadScheduledExecutor(
			runnable -> {
				Thread thread = new Thread(runnable, "preau-account-jobs");

				thread.setDaemon(true);

				return thread;
			});
	}

	/**
	 * Lets a running round end, so that nothing writes to the store once it is closed.
	 */
	@Override
	public void close() {
		_scheduledExecutorService.shutdown();

		try {
			if (!_scheduledExecutorService.awaitTermination(
					_CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {

				_scheduledExecutorService.shutdownNow();
			}
		}
		catch (InterruptedException interruptedException) {
			_scheduledExecutorService.shutdownNow();

			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Runs the work now, and then at the interval until closed.
	 */
	public void start(Duration interval) {
		_scheduledExecutorService.scheduleWithFixedDelay(
			this::runOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Runs the work once, now.
	 */
	public void runOnce() {
		try {
			_manageGuests.expireDue(Actor.system());
		}
		catch (RuntimeException runtimeException) {
			_log(runtimeException);
		}

		try {
			_suspendAccounts.reactivateDue(Actor.system());
		}
		catch (RuntimeException runtimeException) {
			_log(runtimeException);
		}
	}

	private void _log(RuntimeException runtimeException) {
		System.getLogger(
			AccountJobs.class.getName()
		).log(
			System.Logger.Level.WARNING, "an account job failed",
			runtimeException
		);
	}

	private static final long _CLOSE_TIMEOUT_SECONDS = 30;

	private final ManageGuests _manageGuests;
	private final ScheduledExecutorService _scheduledExecutorService;
	private final SuspendAccounts _suspendAccounts;

}
