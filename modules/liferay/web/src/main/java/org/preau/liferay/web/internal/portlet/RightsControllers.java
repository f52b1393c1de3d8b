package org.preau.liferay.web.internal.portlet;

import java.time.ZoneId;

import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.rights.service.RightsService;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.PortalRightsServices;
import org.preau.web.http.Controller;
import org.preau.web.rights.DelegationsController;
import org.preau.web.rights.ExplainController;
import org.preau.web.rights.MessagingRulesController;
import org.preau.web.rights.ModulesController;
import org.preau.web.rights.RightsCopyController;
import org.preau.web.rights.RightsHistoryController;
import org.preau.web.rights.RightsMatrixController;
import org.preau.web.rights.RightsRoutes;

/**
 * The shared controller of each rights and messaging page, over the portal host's services; the portlet renders them
 * and the action commands send them their forms, so both find a page the same way.
 */
public class RightsControllers {

	/**
	 * @return the controller of the route, {@code null} for a route that is no rights page
	 */
	public static Controller of(
		String route, PreauPortalServices preauPortalServices, ZoneId zoneId) {

		GetEstablishmentOverview getEstablishmentOverview =
			preauPortalServices.getEstablishmentOverview();
		PortalRightsServices portalRightsServices =
			preauPortalServices.getPortalRightsServices();

		RightsService rightsService = portalRightsServices.getRightsService();

		if (RightsRoutes.COPY.equals(route)) {
			return new RightsCopyController(
				rightsService, getEstablishmentOverview);
		}

		if (RightsRoutes.DEFAULTS.equals(route)) {
			return new RightsMatrixController(
				rightsService, getEstablishmentOverview, true, zoneId);
		}

		if (RightsRoutes.DELEGATIONS.equals(route)) {
			return new DelegationsController(
				portalRightsServices.getDelegationService(),
				getEstablishmentOverview, zoneId);
		}

		if (RightsRoutes.EXPLAIN.equals(route)) {
			return new ExplainController(
				portalRightsServices.getDecisionService(),
				portalRightsServices::getServiceKeys);
		}

		if (RightsRoutes.HISTORY.equals(route)) {
			return new RightsHistoryController(
				rightsService, getEstablishmentOverview, zoneId);
		}

		if (RightsRoutes.MATRIX.equals(route)) {
			return new RightsMatrixController(
				rightsService, getEstablishmentOverview, false, zoneId);
		}

		if (RightsRoutes.MESSAGING.equals(route)) {
			return new MessagingRulesController(
				portalRightsServices.getMessagingRulesService(),
				getEstablishmentOverview);
		}

		if (RightsRoutes.MODULES.equals(route)) {
			return new ModulesController(
				rightsService, getEstablishmentOverview, zoneId);
		}

		return null;
	}

}
