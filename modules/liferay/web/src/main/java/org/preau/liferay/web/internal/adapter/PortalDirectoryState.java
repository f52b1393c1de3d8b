package org.preau.liferay.web.internal.adapter;

import com.liferay.portal.kernel.dao.orm.QueryUtil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.CurrentDirectory;
import org.preau.core.imports.model.PersonRecord;
import org.preau.core.imports.model.SourceKey;
import org.preau.core.imports.port.out.DirectoryState;
import org.preau.liferay.model.DirectoryMergedKey;
import org.preau.liferay.service.DirectoryMergedKeyLocalService;
import org.preau.liferay.service.ParentRelationLocalService;
import org.preau.liferay.service.TeachingAssignmentLocalService;

/**
 * Reads back what the other adapters wrote, through the same adapters, so that the reconciler compares a feed with
 * exactly what an earlier import left in the portal, and the source keys of the people merged into others, so that
 * a feed that still lists a merged person names the person kept.
 */
public class PortalDirectoryState implements DirectoryState {

	public PortalDirectoryState(
		LongSupplier companyIdSupplier,
		DirectoryMergedKeyLocalService directoryMergedKeyLocalService,
		ParentRelationLocalService parentRelationLocalService,
		PortalEstablishments portalEstablishments, PortalPeople portalPeople,
		PortalStructures portalStructures,
		TeachingAssignmentLocalService teachingAssignmentLocalService) {

		_companyIdSupplier = companyIdSupplier;
		_directoryMergedKeyLocalService = directoryMergedKeyLocalService;
		_parentRelationLocalService = parentRelationLocalService;
		_portalEstablishments = portalEstablishments;
		_portalPeople = portalPeople;
		_portalStructures = portalStructures;
		_teachingAssignmentLocalService = teachingAssignmentLocalService;
	}

	@Override
	public CurrentDirectory load(Set<Uai> uais) {
		long companyId = _companyIdSupplier.getAsLong();

		List<Establishment> establishments = new ArrayList<>();
		List<PersonRecord> people = new ArrayList<>();
		List<ParentRelation> relations = new ArrayList<>();
		List<TeachingAssignment> assignments = new ArrayList<>();
		List<SchoolClass> classes = new ArrayList<>();
		List<Group> groups = new ArrayList<>();
		Map<SourceKey, String> absorbedKeys = new HashMap<>();

		for (Uai uai : uais) {
			_portalEstablishments.find(
				uai
			).ifPresent(
				establishments::add
			);

			people.addAll(_portalPeople.records(uai));

			// UAIs are national, but a test instance of the portal may hold the same establishment as the real one

			for (org.preau.liferay.model.ParentRelation parentRelation :
					_parentRelationLocalService.getParentRelationsByUai(
						uai.value(), QueryUtil.ALL_POS, QueryUtil.ALL_POS)) {

				if (parentRelation.getCompanyId() == companyId) {
					relations.add(
						new ParentRelation(
							uai, parentRelation.getParentExternalId(),
							parentRelation.getPupilExternalId(),
							LegalLevel.ofCode(parentRelation.getLegalLevel()),
							parentRelation.getKinshipCode()));
				}
			}

			for (org.preau.liferay.model.TeachingAssignment teachingAssignment :
					_teachingAssignmentLocalService.getTeachingAssignmentsByUai(
						uai.value(), QueryUtil.ALL_POS, QueryUtil.ALL_POS)) {

				if (teachingAssignment.getCompanyId() == companyId) {
					assignments.add(
						new TeachingAssignment(
							uai, teachingAssignment.getTeacherExternalId(),
							teachingAssignment.getStructureCode(),
							teachingAssignment.isGroupStructure(),
							teachingAssignment.getSubjectCode(),
							teachingAssignment.isHeadTeacher()));
				}
			}

			classes.addAll(_portalStructures.classes(uai));
			groups.addAll(_portalStructures.groups(uai));

			for (DirectoryMergedKey directoryMergedKey :
					_directoryMergedKeyLocalService.getDirectoryMergedKeys(
						companyId, uai.value())) {

				absorbedKeys.put(
					SourceKey.of(
						Source.valueOf(directoryMergedKey.getSource()),
						directoryMergedKey.getSourceId()),
					directoryMergedKey.getSurvivorExternalId());
			}
		}

		return new CurrentDirectory(
			establishments, people, relations, assignments, classes, groups,
			_portalStructures.levels(), _portalStructures.subjects(),
			absorbedKeys);
	}

	private final LongSupplier _companyIdSupplier;
	private final DirectoryMergedKeyLocalService
		_directoryMergedKeyLocalService;
	private final ParentRelationLocalService _parentRelationLocalService;
	private final PortalEstablishments _portalEstablishments;
	private final PortalPeople _portalPeople;
	private final PortalStructures _portalStructures;
	private final TeachingAssignmentLocalService
		_teachingAssignmentLocalService;

}
