package org.preau.liferay.web.internal.test;

import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.preau.core.audit.service.Auditor;
import org.preau.core.rights.port.out.AccountGrants;
import org.preau.core.rights.service.ServiceCatalogue;
import org.preau.liferay.model.MessagingRule;
import org.preau.liferay.model.RightsHistoryEntry;
import org.preau.liferay.model.RightsRule;
import org.preau.liferay.model.SchoolDelegation;
import org.preau.liferay.service.MessagingRuleLocalService;
import org.preau.liferay.service.RightsHistoryEntryLocalService;
import org.preau.liferay.service.RightsRuleLocalService;
import org.preau.liferay.service.SchoolDelegationLocalService;
import org.preau.liferay.web.internal.adapter.PortalAuditLog;
import org.preau.liferay.web.internal.adapter.PortalRightsServices;

/**
 * Préau's rights and messaging tables of the portal as lists of model doubles, with the local services that the
 * adapters use over them: what a test reads back is what an adapter left in the tables.
 */
public class FakeRightsTables {

	public List<MessagingRule> messagingRules() {
		return _messagingRules;
	}

	public MessagingRuleLocalService messagingRuleLocalService() {
		return Fakes.service(
			MessagingRuleLocalService.class,
			Map.of(
				"addMessagingRule",
				arguments -> _add(
					_messagingRules,
					Fakes.model(
						MessagingRule.class,
						Fakes.properties(
							"messagingRuleId", _nextId(), "companyId",
							arguments[0], "kind", arguments[1], "uai",
							arguments[2], "scope", arguments[3], "code",
							arguments[4]))),
				"deleteMessagingRule",
				arguments -> _remove(_messagingRules, arguments[0]),
				"getCompanyMessagingRules",
				arguments -> _ofCompany(
					_messagingRules, MessagingRule::getCompanyId,
					arguments[0])));
	}

	/**
	 * The rights services of the portal instance over these tables and the portal's doubles, where accounts hold no
	 * admin grant of their own and permissions are set nowhere.
	 */
	public PortalRightsServices portalRightsServices(FakePortal fakePortal) {
		return portalRightsServices(
			fakePortal, login -> Set.of(), fakePortal.organizationLocalService(),
			Fakes.service(ResourcePermissionLocalService.class, Map.of()),
			fakePortal.roleLocalService());
	}

	/**
	 * The rights services of the portal instance over these tables and the portal's doubles, with the given grants of
	 * accounts and the given organization, permission and role services, as the wiring component builds them.
	 */
	public PortalRightsServices portalRightsServices(
		FakePortal fakePortal, AccountGrants accountGrants,
		OrganizationLocalService organizationLocalService,
		ResourcePermissionLocalService resourcePermissionLocalService,
		RoleLocalService roleLocalService) {

		return new PortalRightsServices(
			new Auditor(
				new PortalAuditLog(
					fakePortal.auditEventLocalService(),
					() -> FakePortal.COMPANY_ID),
				Clock.systemUTC()),
			Clock.systemUTC(), () -> FakePortal.COMPANY_ID, accountGrants,
			ServiceCatalogue.standard(), fakePortal.counterLocalService(),
			fakePortal.directoryMergedKeyLocalService(),
			fakePortal.expandoValueLocalService(), messagingRuleLocalService(),
			organizationLocalService, fakePortal.parentRelationLocalService(),
			resourcePermissionLocalService, rightsHistoryEntryLocalService(),
			rightsRuleLocalService(), roleLocalService,
			schoolDelegationLocalService(),
			fakePortal.teachingAssignmentLocalService(),
			fakePortal.userGroupLocalService(), fakePortal.userLocalService());
	}

	public List<RightsHistoryEntry> rightsHistoryEntries() {
		return _rightsHistoryEntries;
	}

	public RightsHistoryEntryLocalService rightsHistoryEntryLocalService() {
		return Fakes.service(
			RightsHistoryEntryLocalService.class,
			Map.of(
				"addRightsHistoryEntry",
				arguments -> _add(
					_rightsHistoryEntries,
					Fakes.model(
						RightsHistoryEntry.class,
						Fakes.properties(
							"rightsHistoryEntryId", _nextId(), "companyId",
							arguments[0], "changeDate", arguments[1],
							"author", arguments[2], "uai", arguments[3],
							"kind", arguments[4], "subject", arguments[5],
							"beforeValue", arguments[6], "afterValue",
							arguments[7], "reason", arguments[8]))),
				"getLatestRightsHistoryEntries",
				arguments -> _ofCompany(
					_rightsHistoryEntries, RightsHistoryEntry::getCompanyId,
					arguments[0]
				).stream(
				).filter(
					entry ->
						(arguments[1] == null) ||
						arguments[1].equals(entry.getUai())
				).sorted(
					Comparator.comparing(
						RightsHistoryEntry::getChangeDate,
						Comparator.reverseOrder()
					).thenComparing(
						RightsHistoryEntry::getRightsHistoryEntryId,
						Comparator.reverseOrder()
					)
				).skip(
					(int)arguments[2]
				).limit(
					(int)arguments[3] - (int)arguments[2]
				).collect(
					Collectors.toList()
				)));
	}

	public List<RightsRule> rightsRules() {
		return _rightsRules;
	}

	public RightsRuleLocalService rightsRuleLocalService() {
		return Fakes.service(
			RightsRuleLocalService.class,
			Map.of(
				"addRightsRule",
				arguments -> _add(
					_rightsRules,
					Fakes.model(
						RightsRule.class,
						Fakes.properties(
							"rightsRuleId", _nextId(), "companyId",
							arguments[0], "kind", arguments[1], "uai",
							arguments[2], "serviceKey", arguments[3],
							"action", arguments[4], "role", arguments[5],
							"allowed", arguments[6], "author", arguments[7],
							"changeDate", arguments[8], "reason",
							arguments[9]))),
				"deleteRightsRule",
				arguments -> _remove(_rightsRules, arguments[0]),
				"getCompanyRightsRules",
				arguments -> _ofCompany(
					_rightsRules, RightsRule::getCompanyId, arguments[0]),
				"updateRightsRule", arguments -> arguments[0]));
	}

	public List<SchoolDelegation> schoolDelegations() {
		return _schoolDelegations;
	}

	public SchoolDelegationLocalService schoolDelegationLocalService() {
		return Fakes.service(
			SchoolDelegationLocalService.class,
			Map.of(
				"addSchoolDelegation",
				arguments -> _add(
					_schoolDelegations,
					Fakes.model(
						SchoolDelegation.class,
						Fakes.properties(
							"schoolDelegationId", _nextId(), "companyId",
							arguments[0], "kind", arguments[1], "login",
							arguments[2], "uai", arguments[3], "untilDate",
							arguments[4], "author", arguments[5],
							"createDate", arguments[6], "reason",
							arguments[7]))),
				"deleteSchoolDelegation",
				arguments -> _remove(_schoolDelegations, arguments[0]),
				"fetchSchoolDelegation",
				arguments -> _schoolDelegations.stream(
				).filter(
					schoolDelegation -> Objects.equals(
						schoolDelegation.getSchoolDelegationId(), arguments[0])
				).findFirst(
				).orElse(
					null
				),
				"getCompanySchoolDelegations",
				arguments -> _ofCompany(
					_schoolDelegations, SchoolDelegation::getCompanyId,
					arguments[0])));
	}

	private static <T> T _add(List<T> rows, T row) {
		rows.add(row);

		return row;
	}

	private static <T> List<T> _ofCompany(
		List<T> rows, ToLongFunction<T> companyId,
		Object wanted) {

		List<T> company = new ArrayList<>();

		for (T row : rows) {
			if (companyId.applyAsLong(row) == (long)wanted) {
				company.add(row);
			}
		}

		return company;
	}

	private static <T> T _remove(List<T> rows, Object row) {
		rows.remove(row);

		return null;
	}

	private long _nextId() {
		return ++_lastId;
	}

	private long _lastId;
	private final List<MessagingRule> _messagingRules = new ArrayList<>();
	private final List<RightsHistoryEntry> _rightsHistoryEntries =
		new ArrayList<>();
	private final List<RightsRule> _rightsRules = new ArrayList<>();
	private final List<SchoolDelegation> _schoolDelegations =
		new ArrayList<>();

}
