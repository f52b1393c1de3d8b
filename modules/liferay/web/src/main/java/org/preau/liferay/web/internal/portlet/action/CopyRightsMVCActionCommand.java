package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.core.directory.model.Uai;
import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.PortalRightsServices;
import org.preau.web.http.WebRequest;
import org.preau.web.rights.RightsRoutes;

/**
 * Previews or applies the copy of a school's settings to other schools; once applied, the permissions of the schools
 * copied to follow.
 */
@Component(
	property = {
		"javax.portlet.name=" + PreauPortletKeys.RIGHTS,
		"mvc.command.name=" + RightsRoutes.COPY
	},
	service = MVCActionCommand.class
)
public class CopyRightsMVCActionCommand extends BaseRightsMVCActionCommand {

	@Override
	protected void applyPermissions(
			PortalRightsServices portalRightsServices, WebRequest webRequest)
		throws Exception {

		if (webRequest.parameter(
				"step"
			).orElse(
				""
			).equals(
				"apply"
			)) {

			portalRightsServices.applyPermissions(
				_targets(webRequest.parameter("targets").orElse("")));
		}
	}

	@Override
	protected PreauPortalServices getPreauPortalServices() {
		return _preauPortalServices;
	}

	@Override
	protected String getRoute() {
		return RightsRoutes.COPY;
	}

	/**
	 * The schools named by the form, as the shared page reads them; the core has refused the copy if one was no UAI.
	 */
	private static List<Uai> _targets(String text) {
		List<Uai> targets = new ArrayList<>();

		for (String value : text.split("[\\s,;]+")) {
			String normalized = value.toUpperCase(Locale.ROOT);

			if (Uai.isValid(normalized)) {
				targets.add(Uai.of(normalized));
			}
		}

		return targets;
	}

	@Reference
	private PreauPortalServices _preauPortalServices;

}
