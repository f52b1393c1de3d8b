package org.preau.feeds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.imports.model.DirectorySnapshot;

/**
 * A directory as its natural attributes describe it, without the identifiers, which differ from one source to
 * another: two snapshots of the same school read from different feeds must give equal views.
 */
public final class DirectoryView {

	public static DirectoryView of(DirectorySnapshot directorySnapshot) {
		DirectoryView directoryView = new DirectoryView();

		Map<String, Person> people = new HashMap<>();

		for (Person person : directorySnapshot.people()) {
			people.put(person.externalId(), person);

			directoryView._add(
				"person",
				person.profile() + " " + _name(person) + " " +
					(person.profile().isAdult() &&
					 (person.profile() != Profile.PARENT) ? "" :
						person.email().orElse("-")) + " " +
					person.uai().value() + " " + person.state() + " " +
						person.classCode().orElse("-") + " " +
							new TreeSet<>(person.groupCodes()) + " " +
								person.functions() + " " +
									person.ine().orElse("-"));
		}

		for (SchoolClass schoolClass : directorySnapshot.classes()) {
			directoryView._add(
				"class",
				schoolClass + " " + schoolClass.mefCode().orElse("-"));
		}

		for (Group group : directorySnapshot.groups()) {
			directoryView._add("group", group.toString());
		}

		for (ParentRelation relation : directorySnapshot.relations()) {
			directoryView._add(
				"relation",
				_name(people.get(relation.parentId())) + " -> " +
					_name(people.get(relation.pupilId())) + " " +
						relation.legalLevel() + " " + relation.kinshipCode());
		}

		for (TeachingAssignment assignment :
				directorySnapshot.assignments()) {

			directoryView._add(
				"assignment",
				_name(people.get(assignment.teacherId())) + " " +
					assignment.structureCode() + " " + assignment.isGroup() +
						" " + assignment.subjectCode() + " " +
							assignment.headTeacher());
		}

		for (Map.Entry<String, List<String>> entry :
				directoryView._aspects.entrySet()) {

			Collections.sort(entry.getValue());
		}

		return directoryView;
	}

	public Set<String> aspects() {
		return _aspects.keySet();
	}

	public List<String> lines(String aspect) {
		return _aspects.getOrDefault(aspect, Collections.emptyList());
	}

	private static String _name(Person person) {
		if (person == null) {
			return "(nobody)";
		}

		return person.lastName() + ", " + person.firstName() + " (" +
			person.birthDate(
			).map(
				Object::toString
			).orElse(
				"-"
			) + ")";
	}

	private void _add(String aspect, String line) {
		_aspects.computeIfAbsent(
			aspect, key -> new ArrayList<>()
		).add(
			line
		);
	}

	private final Map<String, List<String>> _aspects = new LinkedHashMap<>();

}
