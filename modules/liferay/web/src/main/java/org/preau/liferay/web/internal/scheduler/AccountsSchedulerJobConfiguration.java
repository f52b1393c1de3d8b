package org.preau.liferay.web.internal.scheduler;

import com.liferay.petra.function.UnsafeRunnable;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;
import com.liferay.portal.kernel.scheduler.TimeUnit;
import com.liferay.portal.kernel.scheduler.TriggerConfiguration;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.core.security.Actor;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.PortalAccountsServices;

/**
 * Every hour, in each portal instance (the portal's scheduler runs the job once per company, with the company set on
 * the thread), suspends the users of the guests whose expiry day has come and ends the suspensions whose end day has
 * come, as the embedded host's account jobs do.
 */
@Component(service = SchedulerJobConfiguration.class)
public class AccountsSchedulerJobConfiguration
	implements SchedulerJobConfiguration {

	/**
	 * Runs the instance's account work once, as the system; a failure of either part is logged, leaves the other part
	 * to run and the next hour to try again.
	 *
	 * @return how many guests expired and how many suspensions ended
	 */
	public static int run(PortalAccountsServices portalAccountsServices) {
		int count = 0;

		try {
			count += portalAccountsServices.getGuestService(
			).expireDue(
				Actor.system()
			);
		}
		catch (RuntimeException runtimeException) {
			_log.error("The expiry of due guests failed", runtimeException);
		}

		try {
			count += portalAccountsServices.getSuspensionService(
			).reactivateDue(
				Actor.system()
			);
		}
		catch (RuntimeException runtimeException) {
			_log.error("The end of due suspensions failed", runtimeException);
		}

		return count;
	}

	@Override
	public UnsafeRunnable<Exception> getJobExecutorUnsafeRunnable() {
		return () -> run(_preauPortalServices.getPortalAccountsServices());
	}

	@Override
	public TriggerConfiguration getTriggerConfiguration() {
		return TriggerConfiguration.createTriggerConfiguration(
			1, TimeUnit.HOUR);
	}

	private static final Log _log = LogFactoryUtil.getLog(
		AccountsSchedulerJobConfiguration.class);

	@Reference
	private PreauPortalServices _preauPortalServices;

}
