package org.preau.liferay.web.internal.adapter;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.UserGroup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.port.out.Structures;
import org.preau.liferay.web.constants.PreauExpandoConstants;

/**
 * Classes and groups as user groups named after the establishment, their MEF code and class codes in custom fields of
 * the user group. The portal has no place for the levels and subjects nomenclatures: they live in two custom tables
 * of the company, one row (a code and a label) per entry.
 */
public class PortalStructures implements Structures {

	public PortalStructures(
		LongSupplier companyIdSupplier, CounterLocalService counterLocalService,
		CustomFields levelFields, StructureUserGroups structureUserGroups,
		CustomFields subjectFields, CustomFields userGroupFields) {

		_companyIdSupplier = companyIdSupplier;
		_counterLocalService = counterLocalService;
		_levelFields = levelFields;
		_structureUserGroups = structureUserGroups;
		_subjectFields = subjectFields;
		_userGroupFields = userGroupFields;
	}

	@Override
	public List<SchoolClass> classes(Uai uai) {
		long companyId = _companyIdSupplier.getAsLong();
		String prefix = UserGroupNames.classPrefix(uai);

		List<SchoolClass> schoolClasses = new ArrayList<>();

		for (UserGroup userGroup :
				_structureUserGroups.withPrefix(companyId, prefix)) {

			schoolClasses.add(
				new SchoolClass(
					uai,
					userGroup.getName(
					).substring(
						prefix.length()
					),
					_userGroupFields.get(
						companyId, userGroup.getUserGroupId(),
						PreauExpandoConstants.USER_GROUP_MEF_CODE)));
		}

		return schoolClasses;
	}

	@Override
	public List<Group> groups(Uai uai) {
		long companyId = _companyIdSupplier.getAsLong();
		String prefix = UserGroupNames.groupPrefix(uai);

		List<Group> groups = new ArrayList<>();

		for (UserGroup userGroup :
				_structureUserGroups.withPrefix(companyId, prefix)) {

			String classCodes = _userGroupFields.get(
				companyId, userGroup.getUserGroupId(),
				PreauExpandoConstants.USER_GROUP_CLASS_CODES);

			Set<String> codes = new LinkedHashSet<>();

			if (!classCodes.isEmpty()) {
				codes.addAll(Arrays.asList(classCodes.split(_SEPARATOR)));
			}

			groups.add(
				new Group(
					uai,
					userGroup.getName(
					).substring(
						prefix.length()
					),
					codes));
		}

		return groups;
	}

	/**
	 * Returns the whole levels nomenclature, ordered by MEF code.
	 */
	public List<Level> levels() {
		List<Level> levels = new ArrayList<>();

		for (Map.Entry<String, String> entry : _entries(_levelFields)) {
			levels.add(new Level(entry.getKey(), entry.getValue()));
		}

		levels.sort(Comparator.comparing(Level::mefCode));

		return levels;
	}

	@Override
	public void saveClass(SchoolClass schoolClass) {
		long companyId = _companyIdSupplier.getAsLong();

		UserGroup userGroup = _structureUserGroups.getOrAdd(
			companyId,
			UserGroupNames.className(schoolClass.uai(), schoolClass.code()));

		_userGroupFields.set(
			companyId, userGroup.getUserGroupId(),
			PreauExpandoConstants.USER_GROUP_MEF_CODE,
			schoolClass.mefCode(
			).orElse(
				""
			));
	}

	@Override
	public void saveGroup(Group group) {
		long companyId = _companyIdSupplier.getAsLong();

		UserGroup userGroup = _structureUserGroups.getOrAdd(
			companyId, UserGroupNames.groupName(group.uai(), group.code()));

		_userGroupFields.set(
			companyId, userGroup.getUserGroupId(),
			PreauExpandoConstants.USER_GROUP_CLASS_CODES,
			String.join(_SEPARATOR, group.classCodes()));
	}

	@Override
	public void saveLevel(Level level) {
		_saveEntry(_levelFields, level.mefCode(), level.label());
	}

	@Override
	public void saveSubject(Subject subject) {
		_saveEntry(_subjectFields, subject.code(), subject.label());
	}

	/**
	 * Returns the whole subjects nomenclature, ordered by code.
	 */
	public List<Subject> subjects() {
		List<Subject> subjects = new ArrayList<>();

		for (Map.Entry<String, String> entry : _entries(_subjectFields)) {
			subjects.add(new Subject(entry.getKey(), entry.getValue()));
		}

		subjects.sort(Comparator.comparing(Subject::code));

		return subjects;
	}

	private List<Map.Entry<String, String>> _entries(
		CustomFields customFields) {

		long companyId = _companyIdSupplier.getAsLong();

		Map<Long, String> labels = customFields.values(
			companyId, PreauExpandoConstants.NOMENCLATURE_LABEL);

		List<Map.Entry<String, String>> entries = new ArrayList<>();

		for (Map.Entry<Long, String> entry :
				customFields.values(
					companyId, PreauExpandoConstants.NOMENCLATURE_CODE
				).entrySet()) {

			String label = labels.get(entry.getKey());

			if ((entry.getValue() != null) && !entry.getValue().isBlank() &&
				(label != null) && !label.isBlank()) {

				entries.add(Map.entry(entry.getValue(), label));
			}
		}

		return entries;
	}

	private void _saveEntry(
		CustomFields customFields, String code, String label) {

		long companyId = _companyIdSupplier.getAsLong();

		long classPK = customFields.classPK(
			companyId, PreauExpandoConstants.NOMENCLATURE_CODE, code
		).orElseGet(
			_counterLocalService::increment
		);

		customFields.set(
			companyId, classPK, PreauExpandoConstants.NOMENCLATURE_CODE, code);
		customFields.set(
			companyId, classPK, PreauExpandoConstants.NOMENCLATURE_LABEL,
			label);
	}

	private static final String _SEPARATOR = ",";

	private final LongSupplier _companyIdSupplier;
	private final CounterLocalService _counterLocalService;
	private final CustomFields _levelFields;
	private final StructureUserGroups _structureUserGroups;
	private final CustomFields _subjectFields;
	private final CustomFields _userGroupFields;

}
