package org.preau.core.directory.model;

import java.util.List;

/**
 * One page of a people query, with the number of people matching it in all.
 */
public final class PeoplePage {

	public PeoplePage(List<Person> people, int total, PeopleQuery query) {
		_people = List.copyOf(people);
		_total = total;
		_query = query;
	}

	public boolean hasNext() {
		return (_query.offset() + _people.size()) < _total;
	}

	public List<Person> people() {
		return _people;
	}

	public PeopleQuery query() {
		return _query;
	}

	public int total() {
		return _total;
	}

	private final List<Person> _people;
	private final PeopleQuery _query;
	private final int _total;

}
