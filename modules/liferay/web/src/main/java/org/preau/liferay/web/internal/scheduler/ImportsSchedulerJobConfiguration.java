package org.preau.liferay.web.internal.scheduler;

import com.liferay.petra.function.UnsafeRunnable;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;
import com.liferay.portal.kernel.scheduler.TimeUnit;
import com.liferay.portal.kernel.scheduler.TriggerConfiguration;

import java.time.Clock;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.configuration.PreauConfiguration;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.PortalImportJobs;

/**
 * Every hour, in each portal instance (the portal's scheduler runs the job once per company, with the company set on
 * the thread), deletes the finished import tasks past the retention the system settings give, so that the portal
 * keeps no import's state and report longer than it must, as the embedded host prunes its job folders.
 */
@Component(service = SchedulerJobConfiguration.class)
public class ImportsSchedulerJobConfiguration
	implements SchedulerJobConfiguration {

	/**
	 * Prunes the instance's import tasks once; a failure, or a retention mended to a negative number, is logged and
	 * leaves every task to the next hour.
	 *
	 * @return how many tasks were deleted
	 */
	public static int run(
		PortalImportJobs portalImportJobs,
		PreauConfiguration preauConfiguration, Clock clock) {

		try {
			int deleted = portalImportJobs.prune(
				clock.instant(), preauConfiguration.importsRetentionDays(),
				preauConfiguration.importsRetentionJobs());

			if (_log.isInfoEnabled() && (deleted > 0)) {
				_log.info("Deleted " + deleted + " finished import tasks");
			}

			return deleted;
		}
		catch (RuntimeException runtimeException) {
			_log.error(
				"The pruning of finished import tasks failed",
				runtimeException);

			return 0;
		}
	}

	@Override
	public UnsafeRunnable<Exception> getJobExecutorUnsafeRunnable() {
		return () -> run(
			_preauPortalServices.getPortalImportJobs(),
			_preauPortalServices.getPreauConfiguration(), Clock.systemUTC());
	}

	@Override
	public TriggerConfiguration getTriggerConfiguration() {
		return TriggerConfiguration.createTriggerConfiguration(
			1, TimeUnit.HOUR);
	}

	private static final Log _log = LogFactoryUtil.getLog(
		ImportsSchedulerJobConfiguration.class);

	@Reference
	private PreauPortalServices _preauPortalServices;

}
