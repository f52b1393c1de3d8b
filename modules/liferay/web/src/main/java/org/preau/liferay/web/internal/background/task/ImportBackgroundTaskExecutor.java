package org.preau.liferay.web.internal.background.task;

import com.liferay.portal.kernel.backgroundtask.BackgroundTask;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskConstants;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskExecutor;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskResult;
import com.liferay.portal.kernel.backgroundtask.BaseBackgroundTaskExecutor;
import com.liferay.portal.kernel.backgroundtask.display.BackgroundTaskDisplay;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.PortalImportJobs;

/**
 * Runs Préau's import jobs as portal background tasks, so that a long import survives the request that started it
 * and runs on one node of the cluster. Tasks of the same establishments run one after the other (the lock key names
 * them); tasks of different establishments may run at once.
 */
@Component(
	property = "background.task.executor.class.name=org.preau.liferay.web.internal.background.task.ImportBackgroundTaskExecutor",
	service = BackgroundTaskExecutor.class
)
public class ImportBackgroundTaskExecutor extends BaseBackgroundTaskExecutor {

	public ImportBackgroundTaskExecutor() {
		setBackgroundTaskStatusMessageTranslator(
			new ImportBackgroundTaskStatusMessageTranslator());
		setIsolationLevel(BackgroundTaskConstants.ISOLATION_LEVEL_CUSTOM);
	}

	/**
	 * The executor keeps no state of a run, so one instance serves every task.
	 */
	@Override
	public BackgroundTaskExecutor clone() {
		return this;
	}

	@Override
	public BackgroundTaskResult execute(BackgroundTask backgroundTask)
		throws Exception {

		return _preauPortalServices.getImportJobTasks(
		).execute(
			backgroundTask
		);
	}

	@Override
	public String generateLockKey(BackgroundTask backgroundTask) {
		return ImportBackgroundTaskExecutor.class.getName() + "#" +
			backgroundTask.getCompanyId() + "#" +
				backgroundTask.getTaskContextMap(
				).get(
					PortalImportJobs.UAIS
				);
	}

	/**
	 * Préau's own pages show the job; the portal's generic task list needs no display of its own.
	 */
	@Override
	public BackgroundTaskDisplay getBackgroundTaskDisplay(
		BackgroundTask backgroundTask) {

		return null;
	}

	@Override
	public boolean isSerial() {
		return true;
	}

	@Reference
	private PreauPortalServices _preauPortalServices;

}
