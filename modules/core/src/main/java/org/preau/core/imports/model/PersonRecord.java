package org.preau.core.imports.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.preau.core.directory.model.Person;

/**
 * A person as the reconciler sees them: their directory data, when the owning source first stopped listing them, when
 * their deletion was proposed, and the keys other sources know them by (the owner's key is the person's own
 * identifier, {@link #ownerKey()}).
 */
public final class PersonRecord {

	public PersonRecord(
		Person person, LocalDate detachedOn, LocalDate deletionProposedOn,
		Set<SourceKey> otherKeys) {

		_person = Objects.requireNonNull(person, "person");
		_detachedOn = detachedOn;
		_deletionProposedOn = deletionProposedOn;
		_otherKeys = otherKeys.isEmpty() ? Collections.emptySet() :
			Collections.unmodifiableSet(new LinkedHashSet<>(otherKeys));
	}

	public Optional<LocalDate> deletionProposedOn() {
		return Optional.ofNullable(_deletionProposedOn);
	}

	public Optional<LocalDate> detachedOn() {
		return Optional.ofNullable(_detachedOn);
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof PersonRecord)) {
			return false;
		}

		PersonRecord other = (PersonRecord)object;

		return _person.equals(other._person) &&
			Objects.equals(_detachedOn, other._detachedOn) &&
			Objects.equals(_deletionProposedOn, other._deletionProposedOn) &&
			_otherKeys.equals(other._otherKeys);
	}

	public String externalId() {
		return _person.externalId();
	}

	@Override
	public int hashCode() {
		return _person.hashCode();
	}

	/**
	 * The keys under which sources other than the owner know this person.
	 */
	public Set<SourceKey> otherKeys() {
		return _otherKeys;
	}

	public SourceKey ownerKey() {
		return SourceKey.of(_person.source(), _person.externalId());
	}

	public Person person() {
		return _person;
	}

	public boolean sameLifecycle(PersonRecord other) {
		return Objects.equals(_detachedOn, other._detachedOn) &&
			Objects.equals(_deletionProposedOn, other._deletionProposedOn);
	}

	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder(_person.toString());

		sb.append(' ');
		sb.append(_person.state());

		if (_person.classCode().isPresent()) {
			sb.append(" class ");
			sb.append(_person.classCode().get());
		}

		if (!_person.groupCodes().isEmpty()) {
			sb.append(" groups ");
			sb.append(_person.groupCodes());
		}

		if (_detachedOn != null) {
			sb.append(" missing since ");
			sb.append(_detachedOn);
		}

		if (_deletionProposedOn != null) {
			sb.append(" deletion proposed on ");
			sb.append(_deletionProposedOn);
		}

		return sb.toString();
	}

	public PersonRecord withPerson(Person person) {
		return new PersonRecord(
			person, _detachedOn, _deletionProposedOn, _otherKeys);
	}

	private final LocalDate _deletionProposedOn;
	private final LocalDate _detachedOn;
	private final Set<SourceKey> _otherKeys;
	private final Person _person;

}
