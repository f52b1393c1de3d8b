package org.preau.web.rights;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.preau.core.directory.model.Uai;
import org.preau.core.rights.model.EntService;
import org.preau.core.rights.model.Grant;
import org.preau.core.rights.model.RightsMatrix;
import org.preau.core.rights.model.RightsOverride;
import org.preau.core.rights.model.RightsRole;
import org.preau.core.rights.model.ServiceAction;

/**
 * The matrix as the editor shows it: one column per action of each service, one row per role, each cell a checkbox
 * that says whether it follows the académie's default or overrides it (and who overrode it, when and why).
 */
public class RightsMatrixDisplayContext {

	/**
	 * @param uai the school, or null for the académie's defaults
	 */
	public RightsMatrixDisplayContext(
		RightsMatrix rightsMatrix, Uai uai, ZoneId zoneId) {

		DateTimeFormatter dateTimeFormatter = DateTimeFormatter.ofPattern(
			"yyyy-MM-dd HH:mm"
		).withZone(
			zoneId
		);

		for (EntService entService : rightsMatrix.catalogue()) {
			Map<String, Object> service = new LinkedHashMap<>();

			List<String> actions = new ArrayList<>();

			for (ServiceAction action : entService.actions()) {
				actions.add(action.key());
			}

			service.put("actions", actions);
			service.put(
				"closed",
				(uai != null) && rightsMatrix.isClosed(uai, entService.key()));
			service.put("key", entService.key());
			service.put("labelKey", entService.labelKey());

			_services.add(service);
		}

		for (RightsRole role : RightsRole.values()) {
			Map<String, Object> row = new LinkedHashMap<>();

			List<Map<String, Object>> cells = new ArrayList<>();

			for (EntService entService : rightsMatrix.catalogue()) {
				for (ServiceAction action : entService.actions()) {
					Grant grant = Grant.of(role, entService.key(), action);

					boolean defaultAllowed = rightsMatrix.defaultAllows(grant);

					RightsOverride override = (uai == null) ? null :
						rightsMatrix.override(uai, grant);

					Map<String, Object> cell = new LinkedHashMap<>();

					cell.put(
						"allowed",
						(override == null) ? defaultAllowed :
							override.allowed());
					cell.put("defaultAllowed", defaultAllowed);
					cell.put(
						"id",
						"cell-" + role.key() + "-" + entService.key() + "-" +
							action.key());
					cell.put("actionKey", action.key());
					cell.put("labelKey", entService.labelKey());
					cell.put(
						"value",
						role.key() + "|" + entService.key() + "|" +
							action.key());

					if (override != null) {
						cell.put("overrideAuthor", override.author());
						cell.put(
							"overrideDate",
							dateTimeFormatter.format(override.at()));
						cell.put("overrideReason", override.reason());
					}

					cells.add(cell);
				}
			}

			row.put("cells", cells);
			row.put("key", role.key());
			row.put("labelKey", "role-" + role.key());

			_rows.add(row);
		}
	}

	/**
	 * Reads the checked cells of the form.
	 *
	 * @throws IllegalArgumentException naming the first value that is no cell
	 */
	public static Set<Grant> parseCells(List<String> values) {
		Set<Grant> grants = new HashSet<>();

		for (String value : values) {
			String[] parts = value.split("\\|", -1);

			if (parts.length != 3) {
				throw new IllegalArgumentException(
					"\"" + value + "\" is not a cell of the matrix");
			}

			grants.add(
				Grant.of(
					RightsRole.parse(parts[0]), parts[1],
					ServiceAction.parse(parts[2])));
		}

		return grants;
	}

	public List<Map<String, Object>> getRows() {
		return _rows;
	}

	public List<Map<String, Object>> getServices() {
		return _services;
	}

	private final List<Map<String, Object>> _rows = new ArrayList<>();
	private final List<Map<String, Object>> _services = new ArrayList<>();

}
