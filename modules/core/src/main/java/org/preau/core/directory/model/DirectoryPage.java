package org.preau.core.directory.model;

import java.util.List;
import java.util.Objects;

/**
 * One page of a directory search, with the number of people matching it in all.
 */
public final class DirectoryPage {

	public DirectoryPage(
		List<DirectoryEntry> entries, int total, DirectorySearch search) {

		_entries = List.copyOf(entries);
		_total = total;
		_search = Objects.requireNonNull(search, "search");
	}

	public List<DirectoryEntry> entries() {
		return _entries;
	}

	public boolean hasNext() {
		return (_search.offset() + _entries.size()) < _total;
	}

	public DirectorySearch search() {
		return _search;
	}

	public int total() {
		return _total;
	}

	private final List<DirectoryEntry> _entries;
	private final DirectorySearch _search;
	private final int _total;

}
