package org.preau.core.directory.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Someone with an ENT account in an establishment: a pupil, a parent, a teacher, a member of staff or a guest.
 * {@link #externalId()} is the stable key of the source (the AAF jointure, the SIECLE ELEVE_ID, the STS ID).
 */
public final class Person {

	public static Builder builder() {
		return new Builder();
	}

	public Optional<LocalDate> birthDate() {
		return Optional.ofNullable(_birthDate);
	}

	public Optional<String> classCode() {
		return Optional.ofNullable(_classCode);
	}

	public String displayName() {
		return _firstName + " " + _lastName;
	}

	public Optional<String> email() {
		return Optional.ofNullable(_email);
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof Person)) {
			return false;
		}

		Person other = (Person)object;

		return _externalId.equals(other._externalId) &&
			(_source == other._source) && (_profile == other._profile) &&
			_uai.equals(other._uai) && _lastName.equals(other._lastName) &&
			_firstName.equals(other._firstName) &&
			Objects.equals(_birthDate, other._birthDate) &&
			Objects.equals(_email, other._email) &&
			Objects.equals(_ine, other._ine) &&
			Objects.equals(_classCode, other._classCode) &&
			_groupCodes.equals(other._groupCodes) &&
			_functions.equals(other._functions) && (_state == other._state);
	}

	public String externalId() {
		return _externalId;
	}

	public String firstName() {
		return _firstName;
	}

	public Set<StaffFunction> functions() {
		return _functions;
	}

	public Set<String> groupCodes() {
		return _groupCodes;
	}

	@Override
	public int hashCode() {
		return _externalId.hashCode();
	}

	public Optional<String> ine() {
		return Optional.ofNullable(_ine);
	}

	public String lastName() {
		return _lastName;
	}

	public Profile profile() {
		return _profile;
	}

	public Source source() {
		return _source;
	}

	public PersonState state() {
		return _state;
	}

	public Builder toBuilder() {
		Builder builder = new Builder();

		builder._birthDate = _birthDate;
		builder._classCode = _classCode;
		builder._email = _email;
		builder._externalId = _externalId;
		builder._firstName = _firstName;
		builder._functions.addAll(_functions);
		builder._groupCodes.addAll(_groupCodes);
		builder._ine = _ine;
		builder._lastName = _lastName;
		builder._profile = _profile;
		builder._source = _source;
		builder._state = _state;
		builder._uai = _uai;

		return builder;
	}

	@Override
	public String toString() {
		return _profile.key() + " " + _externalId + " (" + displayName() + ")";
	}

	public Uai uai() {
		return _uai;
	}

	public static final class Builder {

		public Builder birthDate(LocalDate birthDate) {
			_birthDate = birthDate;

			return this;
		}

		public Person build() {
			return new Person(this);
		}

		public Builder classCode(String classCode) {
			_classCode = _blankToNull(classCode);

			return this;
		}

		public Builder email(String email) {
			_email = _blankToNull(email);

			return this;
		}

		public Builder externalId(String externalId) {
			_externalId = externalId;

			return this;
		}

		public Builder firstName(String firstName) {
			_firstName = firstName;

			return this;
		}

		public Builder function(StaffFunction function) {
			_functions.add(function);

			return this;
		}

		public Builder group(String groupCode) {
			if (_blankToNull(groupCode) != null) {
				_groupCodes.add(groupCode.trim());
			}

			return this;
		}

		public Builder ine(String ine) {
			_ine = _blankToNull(ine);

			return this;
		}

		public Builder lastName(String lastName) {
			_lastName = lastName;

			return this;
		}

		public Builder profile(Profile profile) {
			_profile = profile;

			return this;
		}

		public Builder source(Source source) {
			_source = source;

			return this;
		}

		public Builder state(PersonState state) {
			_state = state;

			return this;
		}

		public Builder uai(Uai uai) {
			_uai = uai;

			return this;
		}

		private static String _blankToNull(String value) {
			if ((value == null) || value.trim().isEmpty()) {
				return null;
			}

			return value.trim();
		}

		private Builder() {
		}

		private LocalDate _birthDate;
		private String _classCode;
		private String _email;
		private String _externalId;
		private String _firstName;
		private final Set<StaffFunction> _functions = EnumSet.noneOf(
			StaffFunction.class);
		private final Set<String> _groupCodes = new LinkedHashSet<>();
		private String _ine;
		private String _lastName;
		private Profile _profile;
		private Source _source = Source.MANUAL;
		private PersonState _state = PersonState.ACTIVE;
		private Uai _uai;

	}

	private Person(Builder builder) {
		_externalId = Names.require(builder._externalId, "person identifier");
		_profile = Objects.requireNonNull(builder._profile, "profile");
		_uai = Objects.requireNonNull(builder._uai, "establishment UAI");
		_lastName = Names.require(builder._lastName, "last name");
		_firstName = Names.require(builder._firstName, "first name");
		_source = Objects.requireNonNull(builder._source, "source");
		_state = Objects.requireNonNull(builder._state, "state");
		_birthDate = builder._birthDate;
		_email = builder._email;
		_ine = builder._ine;
		_classCode = builder._classCode;
		_groupCodes = Collections.unmodifiableSet(
			new LinkedHashSet<>(builder._groupCodes));
		_functions = Collections.unmodifiableSet(
			builder._functions.isEmpty() ?
				EnumSet.noneOf(StaffFunction.class) :
					EnumSet.copyOf(builder._functions));

		if ((_profile != Profile.PUPIL) && (_classCode != null)) {
			throw new IllegalArgumentException(
				"only a pupil belongs to a class: " + _externalId);
		}
	}

	private final LocalDate _birthDate;
	private final String _classCode;
	private final String _email;
	private final String _externalId;
	private final String _firstName;
	private final Set<StaffFunction> _functions;
	private final Set<String> _groupCodes;
	private final String _ine;
	private final String _lastName;
	private final Profile _profile;
	private final Source _source;
	private final PersonState _state;
	private final Uai _uai;

}
