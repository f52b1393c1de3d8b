package org.preau.web.directory;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.preau.core.rights.model.AdminLevel;
import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.PersonRights;
import org.preau.core.rights.model.ServiceAction;

/**
 * The view model of the card's "services and rights" section: each service the person may use with the actions
 * granted (each the question to ask the explainer, where the host offers it) and the levels at which they
 * administer.
 */
public class CardRightsDisplayContext {

	public CardRightsDisplayContext(
		PersonRights personRights, String login,
		DateTimeFormatter dateTimeFormatter) {

		_active = personRights.active();

		List<Service> services = new ArrayList<>();

		for (EntService entService : personRights.services()) {
			services.add(new Service(entService, login));
		}

		_services = Collections.unmodifiableList(services);

		List<Level> adminLevels = new ArrayList<>();

		for (AdminLevel adminLevel : personRights.adminLevels()) {
			adminLevels.add(new Level(adminLevel, dateTimeFormatter));
		}

		_adminLevels = Collections.unmodifiableList(adminLevels);
	}

	public List<Level> getAdminLevels() {
		return _adminLevels;
	}

	public List<Service> getServices() {
		return _services;
	}

	public boolean isActive() {
		return _active;
	}

	/**
	 * A level at which the person administers.
	 */
	public static class Level {

		public String getClassCode() {
			return _classCode;
		}

		public String getKind() {
			return _kind;
		}

		public String getUai() {
			return _uai;
		}

		public String getUntil() {
			return _until;
		}

		private Level(
			AdminLevel adminLevel, DateTimeFormatter dateTimeFormatter) {

			_kind = adminLevel.kind().key();
			_uai = adminLevel.uai().map(Object::toString).orElse("");
			_classCode = adminLevel.classCode().orElse("");
			_until = adminLevel.until().map(
				dateTimeFormatter::format
			).orElse(
				""
			);
		}

		private final String _classCode;
		private final String _kind;
		private final String _uai;
		private final String _until;

	}

	/**
	 * A service with the actions granted, each with the parameters of the explainer's question about it.
	 */
	public static class Service {

		public List<Map<String, String>> getActions() {
			return _actions;
		}

		public String getKey() {
			return _key;
		}

		public String getLabelKey() {
			return _labelKey;
		}

		private Service(EntService entService, String login) {
			_key = entService.key();
			_labelKey = entService.labelKey();

			List<Map<String, String>> actions = new ArrayList<>();

			for (ServiceAction action : entService.actions()) {
				Map<String, String> explain = new LinkedHashMap<>();

				explain.put("login", login);
				explain.put("service", _key);
				explain.put("action", action.key());

				actions.add(Collections.unmodifiableMap(explain));
			}

			_actions = Collections.unmodifiableList(actions);
		}

		private final List<Map<String, String>> _actions;
		private final String _key;
		private final String _labelKey;

	}

	private final boolean _active;
	private final List<Level> _adminLevels;
	private final List<Service> _services;

}
