package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.core.directory.model.Uai;
import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.adapter.PortalRightsServices;
import org.preau.web.http.WebRequest;
import org.preau.web.rights.RightsRoutes;

/**
 * Makes a school's matrix the checked cells, then its site's permissions follow.
 */
@Component(
	property = {
		"javax.portlet.name=" + PreauPortletKeys.RIGHTS,
		"mvc.command.name=" + RightsRoutes.MATRIX
	},
	service = MVCActionCommand.class
)
public class EditRightsMatrixMVCActionCommand
	extends BaseRightsMVCActionCommand {

	@Override
	protected void applyPermissions(
			PortalRightsServices portalRightsServices, WebRequest webRequest)
		throws Exception {

		portalRightsServices.applyPermissions(
			webRequest.parameter(
				"uai"
			).map(
				value -> List.of(Uai.of(value))
			).orElse(
				List.of()
			));
	}

	@Override
	protected PreauPortalServices getPreauPortalServices() {
		return _preauPortalServices;
	}

	@Override
	protected String getRoute() {
		return RightsRoutes.MATRIX;
	}

	@Reference
	private PreauPortalServices _preauPortalServices;

}
