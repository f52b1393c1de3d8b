package org.preau.core.directory.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to look for in the directory, and which page of it: a name (a prefix of the last or first name, compared
 * without accents or case), a profile, a staff function, a subject taught, a level, a class, a group, a state and a
 * source, in some establishments or in all. Checks itself as it is built: an unknown value, a blank name, a page out
 * of range are refused with what was wrong.
 */
public final class DirectorySearch {

	public static Builder builder() {
		return new Builder();
	}

	public Optional<String> classCode() {
		return Optional.ofNullable(_classCode);
	}

	public Optional<StaffFunction> function() {
		return Optional.ofNullable(_function);
	}

	public Optional<String> groupCode() {
		return Optional.ofNullable(_groupCode);
	}

	/**
	 * The MEF code of the level whose pupils are looked for.
	 */
	public Optional<String> mefCode() {
		return Optional.ofNullable(_mefCode);
	}

	/**
	 * The name as typed, trimmed.
	 */
	public Optional<String> name() {
		return Optional.ofNullable(_name);
	}

	/**
	 * The name folded as {@link Names#fold} folds it, which a last or first name, folded the same way, must start with.
	 */
	public Optional<String> namePrefix() {
		return Optional.ofNullable(_namePrefix);
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

	public Optional<Source> source() {
		return Optional.ofNullable(_source);
	}

	public Optional<PersonState> state() {
		return Optional.ofNullable(_state);
	}

	/**
	 * The code ({@code 030201}) or label ({@code ANGLAIS LV1}) of a subject whose teachers are looked for.
	 */
	public Optional<String> subject() {
		return Optional.ofNullable(_subject);
	}

	public Builder toBuilder() {
		Builder builder = new Builder();

		builder._classCode = _classCode;
		builder._function = _function;
		builder._groupCode = _groupCode;
		builder._mefCode = _mefCode;
		builder._name = _name;
		builder._page = _page;
		builder._pageSize = _pageSize;
		builder._profile = _profile;
		builder._source = _source;
		builder._state = _state;
		builder._subject = _subject;
		builder._uais.addAll(_uais);

		return builder;
	}

	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder();

		sb.append(_uais.isEmpty() ? "everywhere" : _uais.toString());
		_append(sb, "name", _name);
		_append(sb, "profile", _profile);
		_append(sb, "function", _function);
		_append(sb, "subject", _subject);
		_append(sb, "level", _mefCode);
		_append(sb, "class", _classCode);
		_append(sb, "group", _groupCode);
		_append(sb, "state", _state);
		_append(sb, "source", _source);
		sb.append(" page=");
		sb.append(_page);

		return sb.toString();
	}

	/**
	 * The establishments searched; none means every establishment.
	 */
	public Set<Uai> uais() {
		return _uais;
	}

	/**
	 * The same search limited to these establishments.
	 */
	public DirectorySearch within(Set<Uai> uais) {
		Builder builder = toBuilder();

		builder._uais.clear();
		builder._uais.addAll(uais);

		return builder.build();
	}

	public static final int MAX_NAME_LENGTH = 100;

	public static final int MAX_PAGE = PeopleQuery.MAX_PAGE;

	public static final int MAX_PAGE_SIZE = PeopleQuery.MAX_PAGE_SIZE;

	public static final class Builder {

		public DirectorySearch build() {
			return new DirectorySearch(this);
		}

		public Builder classCode(String classCode) {
			_classCode = _code(classCode, "class code");

			return this;
		}

		public Builder function(StaffFunction function) {
			_function = function;

			return this;
		}

		/**
		 * Takes a function code ({@code ENS}, {@code DIR}...); blank means any.
		 *
		 * @throws IllegalArgumentException if the code is not one of {@link StaffFunction}
		 */
		public Builder function(String code) {
			_function = _parse(StaffFunction.class, code, "function");

			return this;
		}

		public Builder groupCode(String groupCode) {
			_groupCode = _code(groupCode, "group code");

			return this;
		}

		public Builder level(String mefCode) {
			_mefCode = _code(mefCode, "MEF code");

			return this;
		}

		public Builder name(String name) {
			_name = _blank(name) ? null : name.strip();

			return this;
		}

		public Builder page(int page) {
			_page = page;

			return this;
		}

		public Builder pageSize(int pageSize) {
			_pageSize = pageSize;

			return this;
		}

		public Builder profile(Profile profile) {
			_profile = profile;

			return this;
		}

		/**
		 * Takes a profile's name ({@code teacher}) or national code ({@code National_3}); blank means any.
		 */
		public Builder profile(String profile) {
			_profile = _blank(profile) ? null : Profile.parse(profile);

			return this;
		}

		public Builder source(Source source) {
			_source = source;

			return this;
		}

		/**
		 * Takes a source's name ({@code aaf}, {@code siecle}...); blank means any.
		 */
		public Builder source(String source) {
			_source = _parse(Source.class, source, "source");

			return this;
		}

		public Builder state(PersonState state) {
			_state = state;

			return this;
		}

		/**
		 * Takes a state's name ({@code active}, {@code detached}, {@code suspended}); blank means any.
		 */
		public Builder state(String state) {
			_state = _parse(PersonState.class, state, "state");

			return this;
		}

		public Builder subject(String subject) {
			_subject = _code(subject, "subject");

			return this;
		}

		public Builder uai(Uai uai) {
			_uais.add(Objects.requireNonNull(uai, "uai"));

			return this;
		}

		private static boolean _blank(String value) {
			return (value == null) || value.strip().isEmpty();
		}

		private static String _code(String value, String what) {
			if (_blank(value)) {
				return null;
			}

			return Names.require(value, what);
		}

		private static <E extends Enum<E>> E _parse(
			Class<E> type, String value, String what) {

			if (_blank(value)) {
				return null;
			}

			String name = value.strip().toUpperCase(Locale.ROOT);

			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(name)) {
					return constant;
				}
			}

			throw new IllegalArgumentException(
				"unknown " + what + " \"" + value.strip() + "\" (one of " +
					Arrays.toString(
						type.getEnumConstants()
					).toLowerCase(
						Locale.ROOT
					) + ")");
		}

		private Builder() {
		}

		private String _classCode;
		private StaffFunction _function;
		private String _groupCode;
		private String _mefCode;
		private String _name;
		private int _page;
		private int _pageSize = 50;
		private Profile _profile;
		private Source _source;
		private PersonState _state;
		private String _subject;
		private final Set<Uai> _uais = new LinkedHashSet<>();

	}

	private static void _append(StringBuilder sb, String key, Object value) {
		if (value != null) {
			sb.append(' ');
			sb.append(key);
			sb.append('=');
			sb.append(value);
		}
	}

	private DirectorySearch(Builder builder) {
		if ((builder._page < 0) || (builder._page > MAX_PAGE)) {
			throw new IllegalArgumentException(
				"the page " + builder._page + " is not from 0 to " + MAX_PAGE);
		}

		if ((builder._pageSize < 1) || (builder._pageSize > MAX_PAGE_SIZE)) {
			throw new IllegalArgumentException(
				"the page size " + builder._pageSize + " is not from 1 to " +
					MAX_PAGE_SIZE);
		}

		if (builder._name != null) {
			_name = Names.require(builder._name, "name");

			if (_name.length() > MAX_NAME_LENGTH) {
				throw new IllegalArgumentException(
					"the name is longer than " + MAX_NAME_LENGTH +
						" characters");
			}

			_namePrefix = Names.fold(_name);
		}
		else {
			_name = null;
			_namePrefix = null;
		}

		_classCode = builder._classCode;
		_function = builder._function;
		_groupCode = builder._groupCode;
		_mefCode = builder._mefCode;
		_page = builder._page;
		_pageSize = builder._pageSize;
		_profile = builder._profile;
		_source = builder._source;
		_state = builder._state;
		_subject = builder._subject;
		_uais = Collections.unmodifiableSet(
			new LinkedHashSet<>(builder._uais));
	}

	private final String _classCode;
	private final StaffFunction _function;
	private final String _groupCode;
	private final String _mefCode;
	private final String _name;
	private final String _namePrefix;
	private final int _page;
	private final int _pageSize;
	private final Profile _profile;
	private final Source _source;
	private final PersonState _state;
	private final String _subject;
	private final Set<Uai> _uais;

}
