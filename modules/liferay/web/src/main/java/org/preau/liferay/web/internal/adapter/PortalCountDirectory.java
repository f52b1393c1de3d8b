package org.preau.liferay.web.internal.adapter;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactoryUtil;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.UserGroupTable;
import com.liferay.portal.kernel.model.UserTable;
import com.liferay.portal.kernel.model.Users_OrgsTable;
import com.liferay.portal.kernel.model.Users_RolesTable;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.UserGroupLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.PersonState;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.CountDirectory;
import org.preau.liferay.service.ParentRelationLocalService;
import org.preau.liferay.service.TeachingAssignmentLocalService;
import org.preau.liferay.web.constants.PreauExpandoConstants;

/**
 * Counts in the database rather than in the search index, so that the figures an administrator checks after an
 * import are exact: people are the members of the establishment's organization holding the regular role of their
 * profile whose directory state is active (as in the embedded host: a person missing from the feed, detached, keeps an
 * approved portal account for a while but is no longer counted), classes and groups are user groups named after the
 * establishment, links are Préau's own rows.
 */
public class PortalCountDirectory implements CountDirectory {

	public PortalCountDirectory(
		LongSupplier companyIdSupplier, OrganizationUais organizationUais,
		ParentRelationLocalService parentRelationLocalService,
		RoleLocalService roleLocalService,
		TeachingAssignmentLocalService teachingAssignmentLocalService,
		UserGroupLocalService userGroupLocalService, CustomFields userFields,
		UserLocalService userLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_organizationUais = organizationUais;
		_parentRelationLocalService = parentRelationLocalService;
		_roleLocalService = roleLocalService;
		_teachingAssignmentLocalService = teachingAssignmentLocalService;
		_userGroupLocalService = userGroupLocalService;
		_userFields = userFields;
		_userLocalService = userLocalService;
	}

	@Override
	public DirectoryCounts counts(Uai uai) {
		long companyId = _companyIdSupplier.getAsLong();

		Optional<Long> organizationId = _organizationUais.organizationId(
			companyId, uai);

		Map<Profile, Integer> people = new EnumMap<>(Profile.class);

		if (organizationId.isEmpty()) {
			return new DirectoryCounts(people, 0, 0, 0, 0);
		}

		for (Map.Entry<Profile, String> entry :
				ProfileRoles.all().entrySet()) {

			Role role = _roleLocalService.fetchRole(
				companyId, entry.getValue());

			if (role != null) {
				people.put(
					entry.getKey(),
					_countPeople(
						companyId, organizationId.get(), role.getRoleId()));
			}
		}

		return new DirectoryCounts(
			people,
			_countUserGroups(companyId, UserGroupNames.classPrefix(uai)),
			_countUserGroups(companyId, UserGroupNames.groupPrefix(uai)),
			_countLinks(
				_parentRelationLocalService.dynamicQuery(), companyId, uai,
				_parentRelationLocalService::dynamicQueryCount),
			_countLinks(
				_teachingAssignmentLocalService.dynamicQuery(), companyId, uai,
				_teachingAssignmentLocalService::dynamicQueryCount));
	}

	private int _countLinks(
		DynamicQuery dynamicQuery, long companyId, Uai uai,
		ToLongFunction<DynamicQuery> count) {

		dynamicQuery.add(RestrictionsFactoryUtil.eq("companyId", companyId));
		dynamicQuery.add(RestrictionsFactoryUtil.eq("uai", uai.value()));

		return Math.toIntExact(count.applyAsLong(dynamicQuery));
	}

	/**
	 * Selects the approved members holding the role in the database, then keeps the active ones: the state is a custom
	 * field, whose text column some databases cannot compare in a query, and reading the active people of the whole
	 * company would not scale to an académie.
	 */
	private int _countPeople(long companyId, long organizationId, long roleId) {

		DSLQuery dslQuery = DSLQueryFactoryUtil.selectDistinct(
			UserTable.INSTANCE.userId
		).from(
			UserTable.INSTANCE
		).innerJoinON(
			Users_OrgsTable.INSTANCE,
			Users_OrgsTable.INSTANCE.userId.eq(UserTable.INSTANCE.userId)
		).innerJoinON(
			Users_RolesTable.INSTANCE,
			Users_RolesTable.INSTANCE.userId.eq(UserTable.INSTANCE.userId)
		).where(
			Users_OrgsTable.INSTANCE.organizationId.eq(
				organizationId
			).and(
				Users_RolesTable.INSTANCE.roleId.eq(roleId)
			).and(
				UserTable.INSTANCE.status.eq(WorkflowConstants.STATUS_APPROVED)
			)
		);

		List<Long> userIds = _userLocalService.dslQuery(dslQuery);

		int count = 0;

		for (Long userId : userIds) {
			String state = _userFields.get(
				companyId, userId, PreauExpandoConstants.USER_STATE);

			if (state.equals(PersonState.ACTIVE.name())) {
				count++;
			}
		}

		return count;
	}

	private int _countUserGroups(long companyId, String prefix) {
		return _userGroupLocalService.dslQueryCount(
			DSLQueryFactoryUtil.count(
			).from(
				UserGroupTable.INSTANCE
			).where(
				UserGroupTable.INSTANCE.companyId.eq(
					companyId
				).and(
					UserGroupTable.INSTANCE.name.like(
						UserGroupNames.likePattern(prefix))
				)
			));
	}

	private final LongSupplier _companyIdSupplier;
	private final OrganizationUais _organizationUais;
	private final ParentRelationLocalService _parentRelationLocalService;
	private final RoleLocalService _roleLocalService;
	private final TeachingAssignmentLocalService
		_teachingAssignmentLocalService;
	private final UserGroupLocalService _userGroupLocalService;
	private final CustomFields _userFields;
	private final UserLocalService _userLocalService;

}
