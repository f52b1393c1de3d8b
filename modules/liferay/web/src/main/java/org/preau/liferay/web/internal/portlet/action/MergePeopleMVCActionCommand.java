package org.preau.liferay.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.preau.liferay.web.constants.PreauActionKeys;
import org.preau.liferay.web.constants.PreauPortletKeys;
import org.preau.liferay.web.internal.PreauPortalServices;
import org.preau.liferay.web.internal.portlet.ImportsPortlet;
import org.preau.web.http.Controller;
import org.preau.web.merges.MergeRoutes;

/**
 * Sends the merges page's forms, merging two people or undoing a merge, to the shared merges controller. Merges settle
 * what imports flagged, so only holders of the imports portlet's {@code IMPORT_FEEDS} permission may send them, and
 * the core then checks that they administer the establishment.
 */
@Component(
	property = {
		"javax.portlet.name=" + PreauPortletKeys.IMPORTS,
		"mvc.command.name=" + MergeRoutes.MERGES
	},
	service = MVCActionCommand.class
)
public class MergePeopleMVCActionCommand extends BasePageFormMVCActionCommand {

	@Override
	protected String getActionKey() {
		return PreauActionKeys.IMPORT_FEEDS;
	}

	@Override
	protected Controller getController(
		PreauPortalServices preauPortalServices, ThemeDisplay themeDisplay) {

		return ImportsPortlet.mergesController(
			preauPortalServices, themeDisplay);
	}

	@Override
	protected String getPortletKey() {
		return PreauPortletKeys.IMPORTS;
	}

	@Override
	protected PreauPortalServices getPreauPortalServices() {
		return _preauPortalServices;
	}

	@Override
	protected String getRoute() {
		return MergeRoutes.MERGES;
	}

	@Reference
	private PreauPortalServices _preauPortalServices;

}
