package org.preau.liferay.web.internal.adapter;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.expando.kernel.model.ExpandoTableConstants;
import com.liferay.expando.kernel.service.ExpandoValueLocalService;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserGroup;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.util.function.LongSupplier;

import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.service.DirectoryBrowserService;
import org.preau.core.directory.service.DirectorySearchService;
import org.preau.core.imports.model.LifecyclePolicy;
import org.preau.core.imports.service.ImportService;
import org.preau.core.merges.service.PersonMergeService;
import org.preau.liferay.service.DirectoryMergeLocalService;
import org.preau.liferay.service.DirectoryMergedKeyLocalService;
import org.preau.liferay.service.ImportRunLocalService;
import org.preau.liferay.service.ParentRelationLocalService;
import org.preau.liferay.service.TeachingAssignmentLocalService;
import org.preau.liferay.web.constants.PreauExpandoConstants;

/**
 * Builds the core's import use case over the portal adapters. It stands apart from the wiring component so that tests
 * run exactly the assembly the portal runs.
 */
public class PortalImportServices {

	/**
	 * Lists an establishment's people by profile, class and group, and its classes and groups, from the portal as the
	 * import left it.
	 */
	public static DirectoryBrowserService directoryBrowser(
		Auditor auditor, LongSupplier companyIdSupplier,
		CounterLocalService counterLocalService,
		ExpandoValueLocalService expandoValueLocalService,
		OrganizationLocalService organizationLocalService,
		RoleLocalService roleLocalService,
		TeachingAssignmentLocalService teachingAssignmentLocalService,
		UserGroupLocalService userGroupLocalService,
		UserLocalService userLocalService) {

		StructureUserGroups structureUserGroups = new StructureUserGroups(
			userGroupLocalService, userLocalService);

		PortalStructures portalStructures = _portalStructures(
			companyIdSupplier, counterLocalService, expandoValueLocalService,
			structureUserGroups);

		return new DirectoryBrowserService(
			new PortalSearchPeople(
				companyIdSupplier,
				_portalEstablishments(
					companyIdSupplier, expandoValueLocalService,
					organizationLocalService, userLocalService),
				_portalPeople(
					companyIdSupplier, expandoValueLocalService,
					roleLocalService, structureUserGroups,
					userGroupLocalService, userLocalService),
				portalStructures, teachingAssignmentLocalService),
			portalStructures, auditor);
	}

	/**
	 * Searches the people of the portal's establishments, shows their cards and exports searches, from the portal as
	 * the import left it.
	 */
	public static DirectorySearchService directorySearch(
		Auditor auditor, LongSupplier companyIdSupplier,
		CounterLocalService counterLocalService,
		ExpandoValueLocalService expandoValueLocalService,
		OrganizationLocalService organizationLocalService,
		ParentRelationLocalService parentRelationLocalService,
		RoleLocalService roleLocalService,
		TeachingAssignmentLocalService teachingAssignmentLocalService,
		UserGroupLocalService userGroupLocalService,
		UserLocalService userLocalService) {

		StructureUserGroups structureUserGroups = new StructureUserGroups(
			userGroupLocalService, userLocalService);

		PortalPeople portalPeople = _portalPeople(
			companyIdSupplier, expandoValueLocalService, roleLocalService,
			structureUserGroups, userGroupLocalService, userLocalService);
		PortalStructures portalStructures = _portalStructures(
			companyIdSupplier, counterLocalService, expandoValueLocalService,
			structureUserGroups);

		return new DirectorySearchService(
			new PortalSearchPeople(
				companyIdSupplier,
				_portalEstablishments(
					companyIdSupplier, expandoValueLocalService,
					organizationLocalService, userLocalService),
				portalPeople, portalStructures, teachingAssignmentLocalService),
			new PortalDirectoryCards(
				companyIdSupplier, parentRelationLocalService, portalPeople,
				portalStructures, teachingAssignmentLocalService),
			auditor);
	}

	public static ImportService importService(
		Auditor auditor, Clock clock, LongSupplier companyIdSupplier,
		CounterLocalService counterLocalService,
		DirectoryMergedKeyLocalService directoryMergedKeyLocalService,
		ExpandoValueLocalService expandoValueLocalService,
		ImportRunLocalService importRunLocalService,
		LifecyclePolicy lifecyclePolicy,
		OrganizationLocalService organizationLocalService,
		ParentRelationLocalService parentRelationLocalService,
		RoleLocalService roleLocalService,
		TeachingAssignmentLocalService teachingAssignmentLocalService,
		UserGroupLocalService userGroupLocalService,
		UserLocalService userLocalService) {

		PortalEstablishments portalEstablishments = _portalEstablishments(
			companyIdSupplier, expandoValueLocalService,
			organizationLocalService, userLocalService);
		StructureUserGroups structureUserGroups = new StructureUserGroups(
			userGroupLocalService, userLocalService);
		CustomFields userFields = _userFields(expandoValueLocalService);

		PortalPeople portalPeople = _portalPeople(
			companyIdSupplier, expandoValueLocalService, roleLocalService,
			structureUserGroups, userGroupLocalService, userLocalService);
		PortalStructures portalStructures = _portalStructures(
			companyIdSupplier, counterLocalService, expandoValueLocalService,
			structureUserGroups);

		return new ImportService(
			portalEstablishments, portalPeople, portalStructures,
			new PortalLinks(
				companyIdSupplier, parentRelationLocalService,
				teachingAssignmentLocalService),
			new PortalImportRuns(companyIdSupplier, importRunLocalService),
			new PortalDirectoryState(
				companyIdSupplier, directoryMergedKeyLocalService,
				parentRelationLocalService,
				portalEstablishments, portalPeople, portalStructures,
				teachingAssignmentLocalService),
			new PortalDirectoryUpdates(
				companyIdSupplier, parentRelationLocalService, portalPeople,
				teachingAssignmentLocalService, userFields),
			new PortalTransactions(), auditor, clock, lifecyclePolicy);
	}

	/**
	 * Merges and unmerges the people of the portal's establishments, as the import keeps them.
	 */
	public static PersonMergeService mergeService(
		Auditor auditor, Clock clock, LongSupplier companyIdSupplier,
		DirectoryMergeLocalService directoryMergeLocalService,
		DirectoryMergedKeyLocalService directoryMergedKeyLocalService,
		ExpandoValueLocalService expandoValueLocalService,
		ParentRelationLocalService parentRelationLocalService,
		RoleLocalService roleLocalService,
		TeachingAssignmentLocalService teachingAssignmentLocalService,
		UserGroupLocalService userGroupLocalService,
		UserLocalService userLocalService) {

		return new PersonMergeService(
			new PortalPersonMerges(
				companyIdSupplier, directoryMergeLocalService,
				directoryMergedKeyLocalService, parentRelationLocalService,
				people(
					companyIdSupplier, expandoValueLocalService,
					roleLocalService, userGroupLocalService, userLocalService),
				new PortalTransactions(), teachingAssignmentLocalService,
				_userFields(expandoValueLocalService), userGroupLocalService,
				userLocalService),
			auditor, clock);
	}

	/**
	 * The people of the establishments, as the import keeps them in the portal.
	 */
	public static PortalPeople people(
		LongSupplier companyIdSupplier,
		ExpandoValueLocalService expandoValueLocalService,
		RoleLocalService roleLocalService,
		UserGroupLocalService userGroupLocalService,
		UserLocalService userLocalService) {

		return _portalPeople(
			companyIdSupplier, expandoValueLocalService, roleLocalService,
			new StructureUserGroups(userGroupLocalService, userLocalService),
			userGroupLocalService, userLocalService);
	}

	/**
	 * The classes and groups of the establishments, as the import keeps them in the portal.
	 */
	public static PortalStructures structures(
		LongSupplier companyIdSupplier, CounterLocalService counterLocalService,
		ExpandoValueLocalService expandoValueLocalService,
		UserGroupLocalService userGroupLocalService,
		UserLocalService userLocalService) {

		return _portalStructures(
			companyIdSupplier, counterLocalService, expandoValueLocalService,
			new StructureUserGroups(userGroupLocalService, userLocalService));
	}

	private static PortalEstablishments _portalEstablishments(
		LongSupplier companyIdSupplier,
		ExpandoValueLocalService expandoValueLocalService,
		OrganizationLocalService organizationLocalService,
		UserLocalService userLocalService) {

		return new PortalEstablishments(
			companyIdSupplier, organizationLocalService,
			new OrganizationUais(expandoValueLocalService), userLocalService);
	}

	private static PortalPeople _portalPeople(
		LongSupplier companyIdSupplier,
		ExpandoValueLocalService expandoValueLocalService,
		RoleLocalService roleLocalService,
		StructureUserGroups structureUserGroups,
		UserGroupLocalService userGroupLocalService,
		UserLocalService userLocalService) {

		return new PortalPeople(
			companyIdSupplier, new OrganizationUais(expandoValueLocalService),
			roleLocalService, structureUserGroups,
			_userFields(expandoValueLocalService), userGroupLocalService,
			userLocalService);
	}

	private static PortalStructures _portalStructures(
		LongSupplier companyIdSupplier, CounterLocalService counterLocalService,
		ExpandoValueLocalService expandoValueLocalService,
		StructureUserGroups structureUserGroups) {

		return new PortalStructures(
			companyIdSupplier, counterLocalService,
			new CustomFields(
				Company.class.getName(),
				PreauExpandoConstants.NOMENCLATURE_LEVELS,
				expandoValueLocalService),
			structureUserGroups,
			new CustomFields(
				Company.class.getName(),
				PreauExpandoConstants.NOMENCLATURE_SUBJECTS,
				expandoValueLocalService),
			new CustomFields(
				UserGroup.class.getName(),
				ExpandoTableConstants.DEFAULT_TABLE_NAME,
				expandoValueLocalService));
	}

	private static CustomFields _userFields(
		ExpandoValueLocalService expandoValueLocalService) {

		return new CustomFields(
			User.class.getName(), ExpandoTableConstants.DEFAULT_TABLE_NAME,
			expandoValueLocalService);
	}

}
