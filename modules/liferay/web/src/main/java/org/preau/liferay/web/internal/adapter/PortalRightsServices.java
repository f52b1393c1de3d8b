package org.preau.liferay.web.internal.adapter;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.expando.kernel.model.ExpandoTableConstants;
import com.liferay.expando.kernel.service.ExpandoValueLocalService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.Uai;
import org.preau.core.messaging.service.MessagingRulesService;
import org.preau.core.rights.model.EntService;
import org.preau.core.rights.port.out.AccountGrants;
import org.preau.core.rights.service.DecisionService;
import org.preau.core.rights.service.DelegationService;
import org.preau.core.rights.service.FunctionGrants;
import org.preau.core.rights.service.RightsService;
import org.preau.core.rights.service.RulesWatch;
import org.preau.core.rights.service.ServiceCatalogue;
import org.preau.core.security.Actor;
import org.preau.liferay.service.DirectoryMergedKeyLocalService;
import org.preau.liferay.service.MessagingRuleLocalService;
import org.preau.liferay.service.ParentRelationLocalService;
import org.preau.liferay.service.RightsHistoryEntryLocalService;
import org.preau.liferay.service.RightsRuleLocalService;
import org.preau.liferay.service.SchoolDelegationLocalService;
import org.preau.liferay.service.TeachingAssignmentLocalService;

/**
 * Builds the core's rights and messaging use cases over Préau's tables in the portal, and applies a school's matrix to
 * the portal's permissions on its site. It stands apart from the wiring component so that tests run exactly the
 * assembly the portal runs.
 */
public class PortalRightsServices {

	public PortalRightsServices(
		Auditor auditor, Clock clock, LongSupplier companyIdSupplier,
		AccountGrants accountGrants, ServiceCatalogue serviceCatalogue,
		CounterLocalService counterLocalService,
		DirectoryMergedKeyLocalService directoryMergedKeyLocalService,
		ExpandoValueLocalService expandoValueLocalService,
		MessagingRuleLocalService messagingRuleLocalService,
		OrganizationLocalService organizationLocalService,
		ParentRelationLocalService parentRelationLocalService,
		ResourcePermissionLocalService resourcePermissionLocalService,
		RightsHistoryEntryLocalService rightsHistoryEntryLocalService,
		RightsRuleLocalService rightsRuleLocalService,
		RoleLocalService roleLocalService,
		SchoolDelegationLocalService schoolDelegationLocalService,
		TeachingAssignmentLocalService teachingAssignmentLocalService,
		UserGroupLocalService userGroupLocalService,
		UserLocalService userLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_organizationLocalService = organizationLocalService;

		_organizationUais = new OrganizationUais(expandoValueLocalService);

		PortalEstablishments portalEstablishments = new PortalEstablishments(
			companyIdSupplier, organizationLocalService, _organizationUais,
			userLocalService);
		PortalPeople portalPeople = PortalImportServices.people(
			companyIdSupplier, expandoValueLocalService, roleLocalService,
			userGroupLocalService, userLocalService);
		PortalRightsHistory portalRightsHistory = new PortalRightsHistory(
			companyIdSupplier, rightsHistoryEntryLocalService);
		PortalRightsRules portalRightsRules = new PortalRightsRules(
			companyIdSupplier, rightsRuleLocalService);
		PortalStructures portalStructures = PortalImportServices.structures(
			companyIdSupplier, counterLocalService, expandoValueLocalService,
			userGroupLocalService, userLocalService);
		PortalTransactions portalTransactions = new PortalTransactions();

		RulesWatch rulesWatch = new RulesWatch(
			portalRightsHistory, clock, RulesWatch.DEFAULT_INTERVAL);

		_delegationService = new DelegationService(
			new PortalDelegations(
				companyIdSupplier, schoolDelegationLocalService),
			portalRightsRules, portalRightsHistory, portalEstablishments,
			rulesWatch, portalTransactions, auditor, clock);
		_messagingRulesService = new MessagingRulesService(
			new PortalMessagingRules(
				companyIdSupplier, messagingRuleLocalService),
			portalRightsHistory, portalEstablishments, portalStructures,
			_delegationService, rulesWatch, portalTransactions, auditor,
			clock);
		_portalRightsPermissions = new PortalRightsPermissions(
			roleLocalService, resourcePermissionLocalService,
			userLocalService);
		_rightsService = new RightsService(
			serviceCatalogue, portalRightsRules, portalRightsHistory,
			portalEstablishments, _delegationService, rulesWatch,
			portalTransactions, auditor, clock);
		_portalPeople = portalPeople;
		_portalPersonLogins = new PortalPersonLogins(
			companyIdSupplier,
			new CustomFields(
				User.class.getName(), ExpandoTableConstants.DEFAULT_TABLE_NAME,
				expandoValueLocalService),
			userLocalService);

		_decisionService = new DecisionService(
			_portalPersonLogins, portalPeople,
			new PortalDirectoryState(
				companyIdSupplier, directoryMergedKeyLocalService,
				parentRelationLocalService,
				portalEstablishments, portalPeople, portalStructures,
				teachingAssignmentLocalService),
			_rightsService, _messagingRulesService, _delegationService,
			accountGrants, auditor, clock);
		_serviceCatalogue = serviceCatalogue;
	}

	/**
	 * Sets the permissions of every school of the portal instance to what the matrix now gives there, as after a change
	 * of the académie's defaults.
	 */
	public void applyPermissions() throws PortalException {
		applyPermissions(
			_organizationUais.all(
				_companyIdSupplier.getAsLong()
			).keySet());
	}

	/**
	 * Sets the permissions of these schools' sites to what the matrix now gives there; a UAI that is no school of the
	 * portal instance is passed over.
	 */
	public void applyPermissions(Collection<Uai> uais) throws PortalException {
		long companyId = _companyIdSupplier.getAsLong();

		for (Uai uai : uais) {
			Organization organization = _organizationUais.organizationId(
				companyId, uai
			).map(
				_organizationLocalService::fetchOrganization
			).orElse(
				null
			);

			if (organization == null) {
				continue;
			}

			_portalRightsPermissions.apply(
				companyId, organization.getGroupId(), uai,
				_rightsService.currentMatrix());
		}
	}

	/**
	 * Explains the decisions about the people of the directory, who sign in with the screen name of their account.
	 */
	/**
	 * Gives the holders of the functions the administration of the establishment where the instance's directory lists
	 * them as active.
	 */
	public FunctionGrants functionGrants(
		Set<StaffFunction> administeringFunctions) {

		return new FunctionGrants(
			_portalPersonLogins, _portalPeople, administeringFunctions);
	}

	public DecisionService getDecisionService() {
		return _decisionService;
	}

	public DelegationService getDelegationService() {
		return _delegationService;
	}

	public MessagingRulesService getMessagingRulesService() {
		return _messagingRulesService;
	}

	public RightsService getRightsService() {
		return _rightsService;
	}

	/**
	 * The keys of the services the catalogue holds now, as the explainer offers them.
	 */
	public List<String> getServiceKeys() {
		List<String> serviceKeys = new ArrayList<>();

		for (EntService entService : _serviceCatalogue.services()) {
			serviceKeys.add(entService.key());
		}

		return serviceKeys;
	}

	/**
	 * Makes of a signed-in user's actor what they may do at this request: the delegations they hold in the instance,
	 * and the administration of the establishment where the instance's directory lists them as active with one of the
	 * functions.
	 */
	public UnaryOperator<Actor> requestActors(
		Set<StaffFunction> administeringFunctions) {

		FunctionGrants functionGrants = functionGrants(administeringFunctions);

		return actor -> _delegationService.effective(
			functionGrants.apply(actor));
	}

	private final LongSupplier _companyIdSupplier;
	private final DecisionService _decisionService;
	private final DelegationService _delegationService;
	private final MessagingRulesService _messagingRulesService;
	private final OrganizationLocalService _organizationLocalService;
	private final OrganizationUais _organizationUais;
	private final PortalPeople _portalPeople;
	private final PortalPersonLogins _portalPersonLogins;
	private final PortalRightsPermissions _portalRightsPermissions;
	private final RightsService _rightsService;
	private final ServiceCatalogue _serviceCatalogue;

}
