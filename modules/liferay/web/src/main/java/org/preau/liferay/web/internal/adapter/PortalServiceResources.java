package org.preau.liferay.web.internal.adapter;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.preau.core.rights.model.StandardServices;

/**
 * Where each ENT service lives in the portal: the portlet that shows it (the portal's own where one serves, else
 * Préau's portlet for the service) and, for the portal's apps, the model resource whose actions let people add to it.
 */
public final class PortalServiceResources {

	/**
	 * The portlet of a service without one of the portal's: {@code org_preau_service_cahier_de_textes}.
	 */
	public static String preauPortletId(String serviceKey) {
		return "org_preau_service_" + serviceKey.replace('-', '_');
	}

	/**
	 * The resources of a service; a service that another bundle adds gets Préau's portlet for it.
	 */
	public static PortalServiceResource of(String serviceKey) {
		return Optional.ofNullable(
			_PORTAL_APPS.get(serviceKey)
		).orElseGet(
			() -> new PortalServiceResource(
				preauPortletId(serviceKey), null, List.of())
		);
	}

	/**
	 * A service's portlet and, where it has one, its model resource with the actions that contributing gives.
	 */
	public static final class PortalServiceResource {

		public List<String> contributeActions() {
			return _contributeActions;
		}

		/**
		 * The model resource, or null for a service whose portlet is the whole of it.
		 */
		public String modelName() {
			return _modelName;
		}

		public String portletId() {
			return _portletId;
		}

		private PortalServiceResource(
			String portletId, String modelName,
			List<String> contributeActions) {

			_portletId = portletId;
			_modelName = modelName;
			_contributeActions = contributeActions;
		}

		private final List<String> _contributeActions;
		private final String _modelName;
		private final String _portletId;

	}

	private PortalServiceResources() {
	}

	private static final Map<String, PortalServiceResource> _PORTAL_APPS;

	static {
		Map<String, PortalServiceResource> apps = new HashMap<>();

		apps.put(
			StandardServices.ANNUAIRE,
			new PortalServiceResource(
				"com_liferay_directory_web_portlet_DirectoryPortlet", null,
				List.of()));
		apps.put(
			StandardServices.COMMUNICATION_CIBLEE,
			new PortalServiceResource(
				"com_liferay_announcements_web_portlet_AnnouncementsPortlet",
				"com.liferay.announcements", List.of("ADD_ENTRY")));
		apps.put(
			StandardServices.RESERVATION_RESSOURCES,
			new PortalServiceResource(
				"com_liferay_calendar_web_portlet_CalendarPortlet",
				"com.liferay.calendar", List.of("ADD_RESOURCE")));
		apps.put(
			StandardServices.RESSOURCES_NUMERIQUES,
			new PortalServiceResource(
				"com_liferay_document_library_web_portlet_DLPortlet",
				"com.liferay.document.library",
				List.of("ADD_DOCUMENT", "ADD_FOLDER")));
		apps.put(
			StandardServices.RUBRIQUES,
			new PortalServiceResource(
				"com_liferay_journal_web_portlet_JournalPortlet",
				"com.liferay.journal", List.of("ADD_ARTICLE", "ADD_FOLDER")));

		_PORTAL_APPS = Collections.unmodifiableMap(apps);
	}

}
