package org.preau.liferay.web.internal;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.expando.kernel.model.ExpandoTableConstants;
import com.liferay.expando.kernel.service.ExpandoValueLocalService;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.configuration.metatype.bnd.util.ConfigurableUtil;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskManager;
import com.liferay.portal.kernel.backgroundtask.BackgroundTaskStatusMessageSender;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portletfilerepository.PortletFileRepository;
import com.liferay.portal.kernel.security.auth.CompanyThreadLocal;
import com.liferay.portal.kernel.security.permission.PermissionCheckerFactory;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.PrefsProps;

import java.nio.file.Paths;
import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.port.in.BrowseDirectory;
import org.preau.core.directory.port.in.GetEstablishmentOverview;
import org.preau.core.directory.port.in.SearchDirectory;
import org.preau.core.directory.service.EstablishmentOverviewService;
import org.preau.core.imports.job.service.ImportJobService;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.port.in.ImportFeed;
import org.preau.core.imports.port.in.ImportHistory;
import org.preau.core.imports.service.ImportHistoryService;
import org.preau.core.merges.service.PersonMergeService;
import org.preau.core.rights.port.out.EntServiceProvider;
import org.preau.core.rights.service.FunctionGrants;
import org.preau.core.rights.service.ServiceCatalogue;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;
import org.preau.liferay.service.AccountCodeLocalService;
import org.preau.liferay.service.AccountSuspensionLocalService;
import org.preau.liferay.service.AuditEventLocalService;
import org.preau.liferay.service.CodeDistributionLocalService;
import org.preau.liferay.service.DirectoryMergeLocalService;
import org.preau.liferay.service.DirectoryMergedKeyLocalService;
import org.preau.liferay.service.GuestAccountLocalService;
import org.preau.liferay.service.ImportRunLocalService;
import org.preau.liferay.service.MessagingRuleLocalService;
import org.preau.liferay.service.ParentRelationLocalService;
import org.preau.liferay.service.RightsHistoryEntryLocalService;
import org.preau.liferay.service.RightsRuleLocalService;
import org.preau.liferay.service.SchoolDelegationLocalService;
import org.preau.liferay.service.TeachingAssignmentLocalService;
import org.preau.liferay.web.configuration.PreauConfiguration;
import org.preau.liferay.web.internal.adapter.CustomFields;
import org.preau.liferay.web.internal.adapter.ImportJobTasks;
import org.preau.liferay.web.internal.adapter.OrganizationUais;
import org.preau.liferay.web.internal.adapter.PortalAccountsServices;
import org.preau.liferay.web.internal.adapter.PortalAuditLog;
import org.preau.liferay.web.internal.adapter.PortalCountDirectory;
import org.preau.liferay.web.internal.adapter.PortalEstablishments;
import org.preau.liferay.web.internal.adapter.PortalImportInputs;
import org.preau.liferay.web.internal.adapter.PortalImportJobs;
import org.preau.liferay.web.internal.adapter.PortalImportRuns;
import org.preau.liferay.web.internal.adapter.PortalImportServices;
import org.preau.liferay.web.internal.adapter.PortalRightsServices;
import org.preau.liferay.web.internal.adapter.PortalTransactions;
import org.preau.liferay.web.internal.background.task.ImportBackgroundTaskExecutor;
import org.preau.liferay.web.internal.security.PortalActors;

/**
 * The one place of the portal host that knows both the portal's services and the core: it builds the core's plain
 * services over the port adapters, so that portlets only ask it for use cases. The ENT services of the rights matrix
 * are a whiteboard: every {@link EntServiceProvider} registered by any bundle joins the catalogue while it is there.
 */
@Component(
	configurationPid = "org.preau.liferay.web.configuration.PreauConfiguration",
	service = PreauPortalServices.class
)
public class PreauPortalServices {

	@Reference(
		cardinality = ReferenceCardinality.MULTIPLE,
		policy = ReferencePolicy.DYNAMIC,
		policyOption = ReferencePolicyOption.GREEDY
	)
	public void addEntServiceProvider(EntServiceProvider entServiceProvider) {
		_serviceCatalogue.add(entServiceProvider);
	}

	public BrowseDirectory getBrowseDirectory() {
		return _browseDirectory;
	}

	public GetEstablishmentOverview getEstablishmentOverview() {
		return _getEstablishmentOverview;
	}

	/**
	 * Imports feeds into the portal instance of the current thread's company.
	 */
	public ImportFeed getImportFeed() {
		return _importFeed;
	}

	public ImportHistory getImportHistory() {
		return _importHistory;
	}

	/**
	 * Submits imports as background tasks and reports on them.
	 */
	public ImportJobService getImportJobService() {
		return _importJobService;
	}

	/**
	 * Runs the import job of a background task.
	 */
	public ImportJobTasks getImportJobTasks() {
		return _importJobTasks;
	}

	public PortalImportInputs getPortalImportInputs() {
		return _portalImportInputs;
	}

	public PortalImportJobs getPortalImportJobs() {
		return _portalImportJobs;
	}

	public PortalActors getPortalActors() {
		return _portalActors;
	}

	public PreauConfiguration getPreauConfiguration() {
		return _preauConfiguration;
	}

	/**
	 * The account use cases of the current thread's portal instance.
	 */
	public PortalAccountsServices getPortalAccountsServices() {
		return getPortalAccountsServices(_companyIdSupplier.getAsLong());
	}

	/**
	 * The account use cases of the portal instance, where no request has set the company on the thread, as at sign-in.
	 */
	public PortalAccountsServices getPortalAccountsServices(long companyId) {
		return _portalAccountsServices.computeIfAbsent(
			companyId, this::_portalAccountsServices);
	}

	/**
	 * Merges and unmerges the people of the current thread's portal instance.
	 */
	public PersonMergeService getPersonMergeService() {
		return _personMergeServices.computeIfAbsent(
			_companyIdSupplier.getAsLong(), this::_personMergeService);
	}

	/**
	 * The rights and messaging use cases of the current thread's portal instance, and the portal permissions that
	 * follow its matrix. Each instance has its own, since the core keeps the matrix it compiled from its rules.
	 */
	public PortalRightsServices getPortalRightsServices() {
		return _portalRightsServices.computeIfAbsent(
			_companyIdSupplier.getAsLong(), this::_portalRightsServices);
	}

	public void removeEntServiceProvider(
		EntServiceProvider entServiceProvider) {

		_serviceCatalogue.remove(entServiceProvider);
	}

	/**
	 * Searches the directory, shows cards and exports searches, in the portal instance of the current thread's
	 * company.
	 */
	public SearchDirectory getSearchDirectory() {
		return _searchDirectory;
	}

	@Activate
	protected void activate(Map<String, Object> properties) {
		LongSupplier companyIdSupplier = CompanyThreadLocal::getCompanyId;

		OrganizationUais organizationUais = new OrganizationUais(
			_expandoValueLocalService);

		Auditor auditor = new Auditor(
			new PortalAuditLog(_auditEventLocalService, companyIdSupplier),
			Clock.systemUTC());
		PortalEstablishments portalEstablishments = new PortalEstablishments(
			companyIdSupplier, _organizationLocalService, organizationUais,
			_userLocalService);
		PortalImportRuns portalImportRuns = new PortalImportRuns(
			companyIdSupplier, _importRunLocalService);

		_getEstablishmentOverview = new EstablishmentOverviewService(
			portalEstablishments,
			new PortalCountDirectory(
				companyIdSupplier, organizationUais,
				_parentRelationLocalService, _roleLocalService,
				_teachingAssignmentLocalService, _userGroupLocalService,
				new CustomFields(
					User.class.getName(),
					ExpandoTableConstants.DEFAULT_TABLE_NAME,
					_expandoValueLocalService),
				_userLocalService),
			portalImportRuns, auditor);

		_browseDirectory = PortalImportServices.directoryBrowser(
			auditor, companyIdSupplier, _counterLocalService,
			_expandoValueLocalService, _organizationLocalService,
			_roleLocalService, _teachingAssignmentLocalService,
			_userGroupLocalService, _userLocalService);
		_importFeed = PortalImportServices.importService(
			auditor, Clock.systemUTC(), companyIdSupplier, _counterLocalService,
			_directoryMergedKeyLocalService, _expandoValueLocalService, _importRunLocalService,
			LifecyclePolicy.defaults(), _organizationLocalService,
			_parentRelationLocalService, _roleLocalService,
			_teachingAssignmentLocalService, _userGroupLocalService,
			_userLocalService);
		_importHistory = new ImportHistoryService(portalImportRuns);
		_portalActors = new PortalActors(
			_organizationLocalService, organizationUais, _roleLocalService,
			_userGroupRoleLocalService,
			this::_requestActors);
		_portalImportJobs = new PortalImportJobs(
			_backgroundTaskManager, _backgroundTaskStatusMessageSender,
			companyIdSupplier, _groupLocalService, _portletFileRepository,
			Paths.get(System.getProperty("java.io.tmpdir"), "preau-imports"),
			ImportBackgroundTaskExecutor.class.getName(),
			new PortalTransactions(), _userLocalService);
		_portalImportInputs = new PortalImportInputs(_portalImportJobs);
		_importJobService = new ImportJobService(
			_importFeed, _portalImportJobs, _portalImportJobs,
			portalImportRuns, auditor, Clock.systemUTC());
		_auditor = auditor;
		_companyIdSupplier = companyIdSupplier;
		_importJobTasks = new ImportJobTasks(
			_importJobService, _permissionCheckerFactory, _portalActors,
			_portalImportJobs, _userLocalService);
		_searchDirectory = PortalImportServices.directorySearch(
			auditor, companyIdSupplier, _counterLocalService,
			_expandoValueLocalService, _organizationLocalService,
			_parentRelationLocalService, _roleLocalService,
			_teachingAssignmentLocalService, _userGroupLocalService,
			_userLocalService);

		modified(properties);
	}

	@Modified
	protected void modified(Map<String, Object> properties) {
		PreauConfiguration preauConfiguration =
			ConfigurableUtil.createConfigurable(
				PreauConfiguration.class, properties);

		_administeringFunctions = _administeringFunctions(preauConfiguration);
		_preauConfiguration = preauConfiguration;
	}

	private static Set<StaffFunction> _administeringFunctions(
		PreauConfiguration preauConfiguration) {

		try {
			return FunctionGrants.parse(
				preauConfiguration.administeringFunctions());
		}
		catch (IllegalArgumentException illegalArgumentException) {
			_log.error(
				"No staff function administers its establishment until the " +
					"setting is mended: " +
						illegalArgumentException.getMessage());

			return Collections.emptySet();
		}
	}

	/**
	 * The grants that a user's roles and staff function give, as at their sign-in, for the user whose screen name is
	 * the login.
	 */
	private Set<AdminGrant> _accountGrants(long companyId, String login) {
		User user = _userLocalService.fetchUserByScreenName(companyId, login);

		if (user == null) {
			return Set.of();
		}

		return _portalRightsServices.computeIfAbsent(
			companyId, this::_portalRightsServices
		).functionGrants(
			_administeringFunctions
		).apply(
			Actor.of(
				login, null,
				_portalActors.grants(
					user, _permissionCheckerFactory.create(user)))
		).grants();
	}

	private PortalAccountsServices _portalAccountsServices(long companyId) {
		return new PortalAccountsServices(
			_auditor, Clock.systemUTC(), () -> companyId,
			() -> _preauConfiguration, _accountCodeLocalService,
			_accountSuspensionLocalService, _codeDistributionLocalService,
			_counterLocalService, _expandoValueLocalService,
			_guestAccountLocalService, _mailService,
			_parentRelationLocalService, _prefsProps, _roleLocalService,
			_teachingAssignmentLocalService, _userGroupLocalService,
			_userLocalService);
	}

	private PersonMergeService _personMergeService(long companyId) {
		return PortalImportServices.mergeService(
			_auditor, Clock.systemUTC(), () -> companyId,
			_directoryMergeLocalService, _directoryMergedKeyLocalService,
			_expandoValueLocalService, _parentRelationLocalService,
			_roleLocalService, _teachingAssignmentLocalService,
			_userGroupLocalService, _userLocalService);
	}

	private PortalRightsServices _portalRightsServices(long companyId) {
		return new PortalRightsServices(
			_auditor, Clock.systemUTC(), () -> companyId,
			login -> _accountGrants(companyId, login), _serviceCatalogue,
			_counterLocalService, _directoryMergedKeyLocalService,
			_expandoValueLocalService, _messagingRuleLocalService, _organizationLocalService,
			_parentRelationLocalService, _resourcePermissionLocalService,
			_rightsHistoryEntryLocalService, _rightsRuleLocalService,
			_roleLocalService, _schoolDelegationLocalService,
			_teachingAssignmentLocalService, _userGroupLocalService,
			_userLocalService);
	}

	private UnaryOperator<Actor> _requestActors(long companyId) {
		return _portalRightsServices.computeIfAbsent(
			companyId, this::_portalRightsServices
		).requestActors(
			_administeringFunctions
		);
	}

	private static final Log _log = LogFactoryUtil.getLog(
		PreauPortalServices.class);

	@Reference
	private AccountCodeLocalService _accountCodeLocalService;

	@Reference
	private AccountSuspensionLocalService _accountSuspensionLocalService;

	@Reference
	private AuditEventLocalService _auditEventLocalService;

	private volatile Set<StaffFunction> _administeringFunctions =
		Collections.emptySet();
	private volatile Auditor _auditor;

	@Reference
	private BackgroundTaskManager _backgroundTaskManager;

	@Reference
	private BackgroundTaskStatusMessageSender
		_backgroundTaskStatusMessageSender;

	private volatile BrowseDirectory _browseDirectory;

	@Reference
	private CodeDistributionLocalService _codeDistributionLocalService;

	private volatile LongSupplier _companyIdSupplier;

	@Reference
	private CounterLocalService _counterLocalService;

	@Reference
	private DirectoryMergedKeyLocalService _directoryMergedKeyLocalService;

	@Reference
	private DirectoryMergeLocalService _directoryMergeLocalService;

	@Reference
	private ExpandoValueLocalService _expandoValueLocalService;

	@Reference
	private GroupLocalService _groupLocalService;

	private volatile GetEstablishmentOverview _getEstablishmentOverview;
	private volatile ImportFeed _importFeed;
	private volatile ImportHistory _importHistory;
	private volatile ImportJobService _importJobService;
	private volatile ImportJobTasks _importJobTasks;

	@Reference
	private GuestAccountLocalService _guestAccountLocalService;

	@Reference
	private ImportRunLocalService _importRunLocalService;

	@Reference
	private MailService _mailService;

	@Reference
	private MessagingRuleLocalService _messagingRuleLocalService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private ParentRelationLocalService _parentRelationLocalService;

	@Reference
	private PermissionCheckerFactory _permissionCheckerFactory;

	private final Map<Long, PersonMergeService> _personMergeServices =
		new ConcurrentHashMap<>();
	private final Map<Long, PortalAccountsServices> _portalAccountsServices =
		new ConcurrentHashMap<>();
	private volatile PortalActors _portalActors;
	private volatile PortalImportInputs _portalImportInputs;
	private volatile PortalImportJobs _portalImportJobs;

	@Reference
	private PortletFileRepository _portletFileRepository;

	private final Map<Long, PortalRightsServices> _portalRightsServices =
		new ConcurrentHashMap<>();
	private volatile PreauConfiguration _preauConfiguration;

	@Reference
	private PrefsProps _prefsProps;

	@Reference
	private ResourcePermissionLocalService _resourcePermissionLocalService;

	@Reference
	private RightsHistoryEntryLocalService _rightsHistoryEntryLocalService;

	@Reference
	private RightsRuleLocalService _rightsRuleLocalService;

	@Reference
	private RoleLocalService _roleLocalService;

	private volatile SearchDirectory _searchDirectory;

	@Reference
	private SchoolDelegationLocalService _schoolDelegationLocalService;

	private final ServiceCatalogue _serviceCatalogue = new ServiceCatalogue();

	@Reference
	private TeachingAssignmentLocalService _teachingAssignmentLocalService;

	@Reference
	private UserGroupLocalService _userGroupLocalService;

	@Reference
	private UserGroupRoleLocalService _userGroupRoleLocalService;

	@Reference
	private UserLocalService _userLocalService;

}
