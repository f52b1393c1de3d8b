package org.preau.liferay.web.internal.adapter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import org.preau.core.directory.model.DirectoryEntry;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.model.UserCard;
import org.preau.core.directory.port.out.DirectoryCards;
import org.preau.liferay.service.ParentRelationLocalService;
import org.preau.liferay.service.TeachingAssignmentLocalService;

/**
 * A person's card from their portal user, the level of their class user group, their teaching assignments and their
 * parent–pupil relations both ways, as the import left them.
 */
public class PortalDirectoryCards implements DirectoryCards {

	public PortalDirectoryCards(
		LongSupplier companyIdSupplier,
		ParentRelationLocalService parentRelationLocalService,
		PortalPeople portalPeople, PortalStructures portalStructures,
		TeachingAssignmentLocalService teachingAssignmentLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_parentRelationLocalService = parentRelationLocalService;
		_portalPeople = portalPeople;
		_portalStructures = portalStructures;
		_teachingAssignmentLocalService = teachingAssignmentLocalService;
	}

	@Override
	public Optional<UserCard> card(String externalId) {
		Optional<DirectoryEntry> entry = _portalPeople.entry(externalId);

		if (entry.isEmpty()) {
			return Optional.empty();
		}

		long companyId = _companyIdSupplier.getAsLong();

		List<TeachingAssignment> teachingAssignments = new ArrayList<>();

		for (org.preau.liferay.model.TeachingAssignment teachingAssignment :
				_teachingAssignmentLocalService.getTeachingAssignmentsByTeacher(
					externalId)) {

			if (teachingAssignment.getCompanyId() == companyId) {
				teachingAssignments.add(
					new TeachingAssignment(
						Uai.of(teachingAssignment.getUai()),
						teachingAssignment.getTeacherExternalId(),
						teachingAssignment.getStructureCode(),
						teachingAssignment.isGroupStructure(),
						teachingAssignment.getSubjectCode(),
						teachingAssignment.isHeadTeacher()));
			}
		}

		teachingAssignments.sort(
			Comparator.comparing(
				TeachingAssignment::structureCode
			).thenComparing(
				TeachingAssignment::subjectCode
			));

		Set<String> subjectCodes = new HashSet<>();

		for (TeachingAssignment teachingAssignment : teachingAssignments) {
			subjectCodes.add(teachingAssignment.subjectCode());
		}

		Map<String, String> subjectLabels = new HashMap<>();

		if (!subjectCodes.isEmpty()) {
			for (Subject subject : _portalStructures.subjects()) {
				if (subjectCodes.contains(subject.code())) {
					subjectLabels.put(subject.code(), subject.label());
				}
			}
		}

		List<UserCard.Relative> parents = new ArrayList<>();

		for (org.preau.liferay.model.ParentRelation parentRelation :
				_parentRelationLocalService.getParentRelationsByPupil(
					externalId)) {

			_addRelative(
				companyId, parentRelation, parentRelation.getParentExternalId(),
				parents);
		}

		List<UserCard.Relative> children = new ArrayList<>();

		for (org.preau.liferay.model.ParentRelation parentRelation :
				_parentRelationLocalService.getParentRelationsByParent(
					externalId)) {

			_addRelative(
				companyId, parentRelation, parentRelation.getPupilExternalId(),
				children);
		}

		return Optional.of(
			new UserCard(
				entry.get(), _level(entry.get().person()), teachingAssignments,
				subjectLabels, _sorted(parents), _sorted(children)));
	}

	/**
	 * Adds the person on the other side of a relation; a relation to someone no longer in the directory is left out.
	 */
	private void _addRelative(
		long companyId,
		org.preau.liferay.model.ParentRelation parentRelation,
		String externalId, List<UserCard.Relative> relatives) {

		if (parentRelation.getCompanyId() != companyId) {
			return;
		}

		ParentRelation relation = new ParentRelation(
			Uai.of(parentRelation.getUai()),
			parentRelation.getParentExternalId(),
			parentRelation.getPupilExternalId(),
			LegalLevel.ofCode(parentRelation.getLegalLevel()),
			parentRelation.getKinshipCode());

		_portalPeople.entry(
			externalId
		).ifPresent(
			entry -> relatives.add(new UserCard.Relative(entry, relation))
		);
	}

	private Level _level(Person person) {
		if (person.classCode(
			).isEmpty()) {

			return null;
		}

		for (SchoolClass schoolClass :
				_portalStructures.classes(person.uai())) {

			if (person.classCode(
				).get(
				).equals(
					schoolClass.code()
				) &&
				schoolClass.mefCode(
				).isPresent()) {

				String mefCode = schoolClass.mefCode(
				).get();

				for (Level level : _portalStructures.levels()) {
					if (mefCode.equals(level.mefCode())) {
						return level;
					}
				}

				return new Level(mefCode, mefCode);
			}
		}

		return null;
	}

	private static List<UserCard.Relative> _sorted(
		List<UserCard.Relative> relatives) {

		relatives.sort(
			Comparator.comparing(
				(UserCard.Relative relative) ->
					relative.entry(
					).person(
					).lastName()
			).thenComparing(
				relative -> relative.entry(
				).person(
				).firstName()
			).thenComparing(
				relative -> relative.entry(
				).person(
				).externalId()
			));

		return relatives;
	}

	private final LongSupplier _companyIdSupplier;
	private final ParentRelationLocalService _parentRelationLocalService;
	private final PortalPeople _portalPeople;
	private final PortalStructures _portalStructures;
	private final TeachingAssignmentLocalService
		_teachingAssignmentLocalService;

}
