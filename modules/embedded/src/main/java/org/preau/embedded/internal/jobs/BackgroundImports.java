package org.preau.embedded.internal.jobs;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.preau.core.imports.job.ImportJob;
import org.preau.core.imports.job.ImportJobRefusedException;
import org.preau.core.imports.job.port.out.ImportJobLauncher;

/**
 * Runs the import jobs of the embedded runtime one after the other on one worker thread, with a bounded queue: the
 * store's writes are not meant to race each other, and a machine that serves one school gains nothing from two
 * imports at once. A job's staged files are deleted when it ends, and then the follow-up runs (the people an import
 * added are given their logins).
 */
public class BackgroundImports implements AutoCloseable, ImportJobLauncher {

	public BackgroundImports(
		FileImportJobs fileImportJobs, int maxQueued, Runnable followUp) {

		_fileImportJobs = fileImportJobs;
		_followUp = followUp;

		_threadPoolExecutor = new ThreadPoolExecutor(
			1, 1, 0, TimeUnit.MILLISECONDS,
			new ArrayBlockingQueue<Runnable>(maxQueued),
			runnable -> {
				Thread thread = new Thread(
					runnable, "preau-import-" + _threadCount.incrementAndGet());

				thread.setDaemon(true);

				return thread;
			});
	}

	/**
	 * Lets the running import end (a stopped import leaves each establishment as it was or fully imported, but an
	 * ended one is better), drops the queued ones, which the next start records as interrupted.
	 */
	@Override
	public void close() {
		_threadPoolExecutor.shutdown();

		try {
			if (!_threadPoolExecutor.awaitTermination(
					_CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {

				_threadPoolExecutor.shutdownNow();
			}
		}
		catch (InterruptedException interruptedException) {
			_threadPoolExecutor.shutdownNow();

			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void launch(ImportJob importJob, Runnable work) {
		try {
			_threadPoolExecutor.execute(
				() -> {
					try {
						work.run();
					}
					finally {
						_fileImportJobs.deleteStagedFiles(importJob.id());
					}

					_followUp.run();
				});
		}
		catch (RejectedExecutionException rejectedExecutionException) {
			_fileImportJobs.deleteStagedFiles(importJob.id());

			throw new ImportJobRefusedException(
				"too many imports are waiting: try again later");
		}
	}

	private static final long _CLOSE_TIMEOUT_SECONDS = 30;

	private final FileImportJobs _fileImportJobs;
	private final Runnable _followUp;
	private final AtomicInteger _threadCount = new AtomicInteger();
	private final ThreadPoolExecutor _threadPoolExecutor;

}
