package org.preau.core.directory.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many active people of each profile, and how many classes, groups and links an establishment has.
 */
public final class DirectoryCounts {

	public DirectoryCounts(
		Map<Profile, Integer> people, int classes, int groups, int relations,
		int teachingAssignments) {

		EnumMap<Profile, Integer> copy = new EnumMap<>(Profile.class);

		for (Profile profile : Profile.values()) {
			copy.put(profile, people.getOrDefault(profile, 0));
		}

		_people = Collections.unmodifiableMap(copy);
		_classes = classes;
		_groups = groups;
		_relations = relations;
		_teachingAssignments = teachingAssignments;
	}

	public int classes() {
		return _classes;
	}

	public int groups() {
		return _groups;
	}

	public int people(Profile profile) {
		return _people.get(profile);
	}

	public Map<Profile, Integer> peopleByProfile() {
		return _people;
	}

	public int relations() {
		return _relations;
	}

	public int teachingAssignments() {
		return _teachingAssignments;
	}

	public int totalPeople() {
		int total = 0;

		for (int count : _people.values()) {
			total += count;
		}

		return total;
	}

	private final int _classes;
	private final int _groups;
	private final Map<Profile, Integer> _people;
	private final int _relations;
	private final int _teachingAssignments;

}
