package org.preau.core.accounts.model;

import java.util.Objects;
import java.util.Optional;

import org.preau.core.directory.model.Names;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;

/**
 * Which accounts of an establishment an action is about: one profile, optionally narrowed to a class (the pupils of
 * the class, or the parents of those pupils) or to a level (by its MEF code). Checks itself.
 */
public final class AccountScope {

	public static AccountScope of(Uai uai, Profile profile) {
		return new AccountScope(uai, profile, null, null);
	}

	public static AccountScope ofClass(
		Uai uai, Profile profile, String classCode) {

		return new AccountScope(
			uai, profile, Names.require(classCode, "class code"), null);
	}

	public static AccountScope ofLevel(
		Uai uai, Profile profile, String mefCode) {

		return new AccountScope(
			uai, profile, null, Names.require(mefCode, "MEF code"));
	}

	/**
	 * Reads a scope back from its {@link #describe() description}, as the distribution history keeps it; empty for
	 * any other text, such as the single login of a reset.
	 */
	public static Optional<AccountScope> parse(String description) {
		if (description == null) {
			return Optional.empty();
		}

		String[] parts = description.split(" ", 3);

		if (parts.length < 2) {
			return Optional.empty();
		}

		try {
			Uai uai = Uai.of(parts[0]);
			Profile profile = Profile.parse(parts[1]);

			if (parts.length == 2) {
				return Optional.of(of(uai, profile));
			}

			if (parts[2].startsWith(_CLASS_PREFIX)) {
				return Optional.of(
					ofClass(
						uai, profile,
						parts[2].substring(_CLASS_PREFIX.length())));
			}

			if (parts[2].startsWith(_LEVEL_PREFIX)) {
				return Optional.of(
					ofLevel(
						uai, profile,
						parts[2].substring(_LEVEL_PREFIX.length())));
			}
		}
		catch (IllegalArgumentException illegalArgumentException) {

			// Not a scope: a login, or a description from elsewhere

		}

		return Optional.empty();
	}

	public Optional<String> classCode() {
		return Optional.ofNullable(_classCode);
	}

	/**
	 * The scope in words, for the distribution history and the audit: {@code 0310001A pupil class 6A}.
	 */
	public String describe() {
		StringBuilder sb = new StringBuilder();

		sb.append(_uai);
		sb.append(' ');
		sb.append(_profile.key());

		if (_classCode != null) {
			sb.append(' ');
			sb.append(_CLASS_PREFIX);
			sb.append(_classCode);
		}

		if (_mefCode != null) {
			sb.append(' ');
			sb.append(_LEVEL_PREFIX);
			sb.append(_mefCode);
		}

		return sb.toString();
	}

	public Optional<String> mefCode() {
		return Optional.ofNullable(_mefCode);
	}

	public Profile profile() {
		return _profile;
	}

	@Override
	public String toString() {
		return describe();
	}

	public Uai uai() {
		return _uai;
	}

	private AccountScope(
		Uai uai, Profile profile, String classCode, String mefCode) {

		_uai = Objects.requireNonNull(uai, "uai");
		_profile = Objects.requireNonNull(profile, "profile");

		if (((classCode != null) || (mefCode != null)) &&
			(profile != Profile.PUPIL) && (profile != Profile.PARENT)) {

			throw new IllegalArgumentException(
				"only pupils and parents are chosen by class or level, not " +
					profile.key() + "s");
		}

		_classCode = classCode;
		_mefCode = mefCode;
	}

	private static final String _CLASS_PREFIX = "class ";

	private static final String _LEVEL_PREFIX = "level ";

	private final String _classCode;
	private final String _mefCode;
	private final Profile _profile;
	private final Uai _uai;

}
