package org.preau.liferay.web.internal.background.task;

import com.liferay.portal.kernel.backgroundtask.BackgroundTaskStatus;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskStatusMessageTranslator;
import com.liferay.portal.kernel.messaging.Message;

import org.preau.liferay.web.internal.adapter.PortalImportJobs;

/**
 * Keeps an import job's progress in the portal's live status of its task: sources done out of the sources the feed
 * holds, and the job's state.
 */
public class ImportBackgroundTaskStatusMessageTranslator
	implements BackgroundTaskStatusMessageTranslator {

	@Override
	public void translate(
		BackgroundTaskStatus backgroundTaskStatus, Message message) {

		backgroundTaskStatus.setAttribute(
			PortalImportJobs.SOURCES_DONE,
			message.getInteger(PortalImportJobs.SOURCES_DONE));
		backgroundTaskStatus.setAttribute(
			PortalImportJobs.SOURCES_TOTAL,
			message.getInteger(PortalImportJobs.SOURCES_TOTAL));
		backgroundTaskStatus.setAttribute(
			PortalImportJobs.STATE,
			message.getString(PortalImportJobs.STATE));
	}

}
