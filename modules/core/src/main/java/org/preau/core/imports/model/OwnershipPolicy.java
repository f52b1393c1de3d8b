package org.preau.core.imports.model;

import java.util.Objects;
import java.util.Optional;

import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Source;

/**
 * Who may write a person's fields. The source that created a person owns all of their fields; the record of another
 * source for the same person may only fill the fields that are still empty, never change one. So an AAF feed and a
 * SIECLE export of the same school never undo each other, and a feed never overwrites what another source entered.
 * The owner sets names, profile, establishment, class, groups and functions exactly as its feed says (a pupil may
 * leave every group); its birth date, e-mail and INE replace the stored ones when it gives them, and leave the stored
 * ones when it gives none, as a feed omits these far more often than it retracts them.
 */
public final class OwnershipPolicy {

	/**
	 * The rule of Préau: the owner writes, the others fill what is empty.
	 */
	public static final OwnershipPolicy OWNER_WRITES_OTHERS_FILL_EMPTY =
		new OwnershipPolicy();

	/**
	 * Returns the person as {@code source}'s record makes them, keeping the stored person's identifier, owner and
	 * state (the lifecycle decides the state).
	 */
	public Person merge(Person stored, Person incoming, Source source) {
		Objects.requireNonNull(stored, "stored");
		Objects.requireNonNull(incoming, "incoming");

		if (owns(stored, source)) {
			if (_ownerChangesNothing(stored, incoming)) {
				return stored;
			}

			Person.Builder builder = incoming.toBuilder(
			).externalId(
				stored.externalId()
			).source(
				stored.source()
			).state(
				stored.state()
			);

			// What another source filled stays until the owner gives a value of its own: else an AAF run and a
			// SIECLE run would undo each other forever

			if (incoming.birthDate().isEmpty()) {
				builder.birthDate(stored.birthDate().orElse(null));
			}

			if (incoming.email().isEmpty()) {
				builder.email(stored.email().orElse(null));
			}

			if (incoming.ine().isEmpty()) {
				builder.ine(stored.ine().orElse(null));
			}

			return builder.build();
		}

		Person.Builder builder = stored.toBuilder();

		if (stored.birthDate().isEmpty()) {
			builder.birthDate(incoming.birthDate().orElse(null));
		}

		if (stored.email().isEmpty()) {
			builder.email(incoming.email().orElse(null));
		}

		if (stored.ine().isEmpty()) {
			builder.ine(incoming.ine().orElse(null));
		}

		if ((stored.profile() == Profile.PUPIL) &&
			(incoming.profile() == Profile.PUPIL) &&
			stored.classCode().isEmpty()) {

			builder.classCode(incoming.classCode().orElse(null));
		}

		if (stored.groupCodes().isEmpty()) {
			for (String groupCode : incoming.groupCodes()) {
				builder.group(groupCode);
			}
		}

		if (stored.functions().isEmpty()) {
			incoming.functions().forEach(builder::function);
		}

		return builder.build();
	}

	/**
	 * Whether {@code source} owns the person's fields and lifecycle.
	 */
	public boolean owns(Person stored, Source source) {
		return stored.source() == source;
	}

	@Override
	public String toString() {
		return "the owner writes, the other sources fill empty fields";
	}

	private static <T> boolean _keeps(
		Optional<T> stored, Optional<T> incoming) {

		return incoming.isEmpty() || incoming.equals(stored);
	}

	/**
	 * Whether the owner's record is what is stored, compared field by field: most people of a feed have not changed,
	 * and building a merged copy of each of them is what would cost most on a large feed.
	 */
	private static boolean _ownerChangesNothing(
		Person stored, Person incoming) {

		return stored.lastName().equals(incoming.lastName()) &&
			stored.firstName().equals(incoming.firstName()) &&
			(stored.profile() == incoming.profile()) &&
			stored.uai().equals(incoming.uai()) &&
			stored.classCode().equals(incoming.classCode()) &&
			stored.groupCodes().equals(incoming.groupCodes()) &&
			stored.functions().equals(incoming.functions()) &&
			_keeps(stored.birthDate(), incoming.birthDate()) &&
			_keeps(stored.email(), incoming.email()) &&
			_keeps(stored.ine(), incoming.ine());
	}

	private OwnershipPolicy() {
	}

}
