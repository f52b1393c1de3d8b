package org.preau.itests.portal.deploy;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.expando.kernel.service.ExpandoColumnLocalService;
import com.liferay.expando.kernel.service.ExpandoTableLocalService;
import com.liferay.expando.kernel.service.ExpandoValueLocalService;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskManager;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskStatusMessageSender;
import com.liferay.portal.kernel.configuration.Configuration;
import com.liferay.portal.kernel.dao.db.DB;
import com.liferay.portal.kernel.dao.db.DBManager;
import com.liferay.portal.kernel.dao.db.DBType;
import com.liferay.portal.kernel.dao.orm.EntityCache;
import com.liferay.portal.kernel.dao.orm.FinderCache;
import com.liferay.portal.kernel.dao.orm.SessionFactory;
import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.model.Portlet;
import com.liferay.portal.kernel.portletfilerepository.PortletFileRepository;
import com.liferay.portal.kernel.security.permission.PermissionCheckerFactory;
import com.liferay.portal.kernel.service.ClassNameLocalService;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ResourceLocalService;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.PrefsProps;
import com.liferay.portal.kernel.util.Props;

import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;

/**
 * The portal services Préau's components reference, as the portal provides them: each one a test double registered
 * with the properties the portal gives it (Service Builder's per-bundle services carry the bundle's name). A component
 * that references anything else stays unsatisfied, as it would in the portal.
 */
public class PortalServices {

	/**
	 * Static portal utilities that Service Builder persistence reads while it activates.
	 */
	public static DBManager dbManager() {
		DB db = Doubles.of(DB.class, Map.of("getDBType", DBType.HYPERSONIC));

		return Doubles.of(
			DBManager.class, Map.of("getDB", db, "getDBType", DBType.HYPERSONIC));
	}

	public static Props props() {
		return Doubles.of(Props.class);
	}

	public static void register(BundleContext bundleContext) {
		for (Class<?> type : _PORTAL_SERVICES) {
			_register(bundleContext, type, Map.of());
		}

		Map<String, Object> serviceBundle = Map.of(
			"origin.bundle.symbolic.name", SERVICE_BUNDLE);

		_register(
			bundleContext, Configuration.class,
			Map.of(
				"name", "service", "origin.bundle.symbolic.name",
				SERVICE_BUNDLE));
		_register(bundleContext, DataSource.class, serviceBundle);
		_register(bundleContext, SessionFactory.class, serviceBundle);

		for (String portletName : PORTLET_NAMES) {
			_register(
				bundleContext, Portlet.class,
				Map.of("javax.portlet.name", portletName));
		}
	}

	public static final List<String> PORTLET_NAMES = List.of(
		"org_preau_liferay_web_portlet_AccountsPortlet",
		"org_preau_liferay_web_portlet_DirectoryPortlet",
		"org_preau_liferay_web_portlet_EstablishmentOverviewPortlet",
		"org_preau_liferay_web_portlet_ImportsPortlet",
		"org_preau_liferay_web_portlet_RightsPortlet");

	public static final String SERVICE_BUNDLE = "org.preau.liferay.service";

	private static <T> void _register(
		BundleContext bundleContext, Class<T> type,
		Map<String, Object> properties) {

		bundleContext.registerService(
			type, Doubles.of(type), new Hashtable<>(properties));
	}

	private static final List<Class<?>> _PORTAL_SERVICES = List.of(
		BackgroundTaskManager.class, BackgroundTaskStatusMessageSender.class,
		ClassNameLocalService.class, CounterLocalService.class,
		EntityCache.class, ExpandoColumnLocalService.class,
		ExpandoTableLocalService.class, ExpandoValueLocalService.class,
		FinderCache.class, GroupLocalService.class, Language.class,
		MailService.class, OrganizationLocalService.class,
		PermissionCheckerFactory.class, Portal.class,
		PortletFileRepository.class, PrefsProps.class,
		ResourceLocalService.class,
		ResourcePermissionLocalService.class, RoleLocalService.class,
		UserGroupLocalService.class, UserGroupRoleLocalService.class,
		UserLocalService.class);

}
