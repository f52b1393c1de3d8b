package org.preau.core.directory.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Which people of an establishment to list, and which page of them. Checks itself: a page size from 1 to
 * {@link #MAX_PAGE_SIZE}, a page from 0.
 */
public final class PeopleQuery {

	public PeopleQuery(
		Uai uai, Profile profile, String classCode, String groupCode, int page,
		int pageSize) {

		_uai = Objects.requireNonNull(uai, "uai");
		_profile = profile;
		_classCode = _blankToNull(classCode, "class code");
		_groupCode = _blankToNull(groupCode, "group code");

		if ((page < 0) || (page > MAX_PAGE)) {
			throw new IllegalArgumentException(
				"the page " + page + " is not from 0 to " + MAX_PAGE);
		}

		if ((pageSize < 1) || (pageSize > MAX_PAGE_SIZE)) {
			throw new IllegalArgumentException(
				"the page size " + pageSize + " is not from 1 to " +
					MAX_PAGE_SIZE);
		}

		_page = page;
		_pageSize = pageSize;
	}

	public Optional<String> classCode() {
		return Optional.ofNullable(_classCode);
	}

	public Optional<String> groupCode() {
		return Optional.ofNullable(_groupCode);
	}

	public int offset() {
		return _page * _pageSize;
	}

	public int page() {
		return _page;
	}

	public int pageSize() {
		return _pageSize;
	}

	public Optional<Profile> profile() {
		return Optional.ofNullable(_profile);
	}

	/**
	 * The same query as a directory search, which finds the same people in the same order.
	 */
	public DirectorySearch toSearch() {
		return DirectorySearch.builder(
		).classCode(
			_classCode
		).groupCode(
			_groupCode
		).page(
			_page
		).pageSize(
			_pageSize
		).profile(
			_profile
		).uai(
			_uai
		).build();
	}

	@Override
	public String toString() {
		return _uai + " profile=" + _profile + " class=" + _classCode +
			" group=" + _groupCode + " page=" + _page;
	}

	public Uai uai() {
		return _uai;
	}

	public static final int MAX_PAGE = 100_000;

	public static final int MAX_PAGE_SIZE = 200;

	private static String _blankToNull(String value, String what) {
		if ((value == null) || value.strip().isEmpty()) {
			return null;
		}

		return Names.require(value, what);
	}

	private final String _classCode;
	private final String _groupCode;
	private final int _page;
	private final int _pageSize;
	private final Profile _profile;
	private final Uai _uai;

}
